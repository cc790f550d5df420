package care.circles.engagement.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.engagement.control.Agreements;
import care.circles.engagement.control.EngagementRequests;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.EngagementRequest;
import care.circles.platform.ListPage;
import care.circles.platform.SpokenDate;
import care.circles.timesheet.control.Timesheets;
import care.circles.timesheet.entity.Timesheet;
import care.circles.visit.control.Cover;
import care.circles.visit.entity.CoverAsk;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One place for a DP holder's or PA's arrangements (/engage/index.xhtml): cover asked of a PA,
 * requests, agreements and timesheets, each list paged on its own.
 */
@Named
@RequestScoped
public class CareArrangements {

    private static final int PAGE_SIZE = 10;

    /** A row of a list: what, with whom, its state, and whether it waits for this person. */
    public record Row(String link, String title, String detail, String status, boolean yourTurn) {
    }

    @Inject
    EngagementRequests requests;

    @Inject
    Agreements agreements;

    @Inject
    Timesheets timesheets;

    @Inject
    Cover cover;

    @Inject
    CurrentAccount current;

    @Inject
    NamedParties parties;

    private String requestPage;
    private String agreementPage;
    private String timesheetPage;
    private ListPage<Row> requestRows;
    private ListPage<Row> agreementRows;
    private ListPage<Row> timesheetRows;

    public boolean isPa() {
        return current.is("PA");
    }

    public List<CoverAsk> getCoverAsks() {
        return isPa() ? cover.openAsksFor(current.require()) : List.of();
    }

    public ListPage<Row> getRequests() {
        if (requestRows == null) {
            Account me = current.require();
            ListPage<EngagementRequest> found = requests.involving(me, ListPage.number(requestPage), PAGE_SIZE);
            requestRows = rows(found, r -> new Row(EngagementRequests.link(r),
                    me.id() == r.paAccountId() ? "From " + parties.holderOf(r) : "To " + parties.paOf(r),
                    r.schedule().summary() + ", from " + SpokenDate.of(r.startDate()),
                    r.status().getLabel(), EngagementRequests.waitingFor(r, me)));
        }
        return requestRows;
    }

    public ListPage<Row> getAgreements() {
        if (agreementRows == null) {
            Account me = current.require();
            ListPage<Agreement> found = agreements.involving(me, ListPage.number(agreementPage), PAGE_SIZE);
            agreementRows = rows(found, a -> new Row(Agreements.link(a.id()),
                    (a.isOneOff() ? "Cover: " : "") + (me.id() == a.paAccountId() ? parties.holderOf(a) : parties.paOf(a)),
                    a.schedule().summary() + (a.isOneOff() ? " on " + SpokenDate.of(a.startDate()) : ""),
                    a.status(agreements.today()).getLabel(), false));
        }
        return agreementRows;
    }

    public ListPage<Row> getTimesheets() {
        if (timesheetRows == null) {
            Account me = current.require();
            ListPage<Timesheet> found = timesheets.involving(me, ListPage.number(timesheetPage), PAGE_SIZE);
            timesheetRows = rows(found, t -> new Row(Timesheets.link(t.id()),
                    "Timesheet " + t.id() + (me.id() == t.paAccountId() ? " for " + parties.nameOf(t.dpHolderAccountId())
                            : " from " + parties.nameOf(t.paAccountId())),
                    t.amount() + ", sent " + SpokenDate.of(t.submittedAt().atZone(care.circles.platform.Platform.UK).toLocalDate()),
                    t.status().getLabel(),
                    me.id() == t.dpHolderAccountId() ? t.status().name().equals("SUBMITTED") : t.status().name().equals("DISPUTED")));
        }
        return timesheetRows;
    }

    private static <T> ListPage<Row> rows(ListPage<T> found, java.util.function.Function<T, Row> row) {
        return new ListPage<>(found.items().stream().map(row).toList(), found.total(), found.number(), found.size());
    }

    public PageLinks getRequestLinks() {
        return new PageLinks("requests");
    }

    public PageLinks getAgreementLinks() {
        return new PageLinks("agreements");
    }

    public PageLinks getTimesheetLinks() {
        return new PageLinks("timesheets");
    }

    public String getRequestPage() {
        return requestPage;
    }

    public void setRequestPage(String requestPage) {
        this.requestPage = requestPage;
    }

    public String getAgreementPage() {
        return agreementPage;
    }

    public void setAgreementPage(String agreementPage) {
        this.agreementPage = agreementPage;
    }

    public String getTimesheetPage() {
        return timesheetPage;
    }

    public void setTimesheetPage(String timesheetPage) {
        this.timesheetPage = timesheetPage;
    }
}

package care.circles.accreditation.boundary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.accreditation.control.AccreditationDecisions;
import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.QueuedApplication;
import care.circles.platform.ListPage;
import care.circles.platform.PageLink;
import care.circles.platform.SpokenDate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The council's accreditation lists (/council/accreditations.xhtml): applications waiting, oldest
 * first, with their age; accreditations in force (to suspend or withdraw); and those expiring soon.
 * A plain GET form chooses the list and the kind, so a list can be bookmarked.
 */
@Named
@RequestScoped
public class AccreditationQueuePage {

    static final int PAGE_SIZE = 20;

    @Inject
    AccreditationDecisions decisions;

    @Inject
    Accreditations accreditations;

    @Inject
    CurrentAccount current;

    private String show;
    private String kind;
    private String page;
    private ListPage<QueuedApplication> results;
    private List<QueuedApplication> expiring;

    public void load() {
        LocalDate today = accreditations.today();
        results = decisions.list(current.require(), isGrantedList() ? AccreditationDecisions.GRANTED
                : AccreditationDecisions.OPEN, chosenKind(), ListPage.number(page), PAGE_SIZE);
        expiring = decisions.expiringSoon(current.require(), today);
    }

    public boolean isGrantedList() {
        return "granted".equals(show);
    }

    private AccreditationKind chosenKind() {
        return AccreditationKind.parse(kind);
    }

    public boolean isChosen(AccreditationKind candidate) {
        return candidate == chosenKind();
    }

    public List<AccreditationKind> getKinds() {
        return List.of(AccreditationKind.values());
    }

    public ListPage<QueuedApplication> getResults() {
        return results;
    }

    public List<QueuedApplication> getExpiring() {
        return expiring;
    }

    public String status(Accreditation application) {
        return ApplicationHistory.status(application, accreditations.today());
    }

    /** How long it has been waiting since it was sent, in days people read. */
    public String age(Accreditation application) {
        if (application.submittedAt() == null) {
            return "";
        }
        long days = Duration.between(application.submittedAt(), java.time.Instant.now()).toDays();
        return days == 0 ? "Sent today" : days == 1 ? "1 day" : days + " days";
    }

    public String sentOn(Accreditation application) {
        return application.submittedAt() == null ? "" : SpokenDate.of(application.submittedAt()
                .atZone(care.circles.platform.Platform.UK).toLocalDate());
    }

    public String expiresOn(Accreditation application) {
        return SpokenDate.of(application.expiresOn());
    }

    public String pageLink(int number) {
        return PageLink.to(number).with("show", show).with("kind", chosenKind() == null ? null : chosenKind().name())
                .toString();
    }

    public String getSummary() {
        long total = results.total();
        return isGrantedList()
                ? (total == 1 ? "1 accreditation is" : total + " accreditations are") + " in force or suspended"
                : (total == 1 ? "1 application is" : total + " applications are") + " open";
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}

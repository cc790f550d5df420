package care.circles.safeguarding.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.ListPage;
import care.circles.platform.SpokenDate;
import care.circles.safeguarding.control.Safeguarding;
import care.circles.safeguarding.entity.ConcernStatus;
import care.circles.safeguarding.entity.SafeguardingConcern;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The safeguarding team's queue (/council/safeguarding/index.xhtml): open concerns, danger first. */
@Named
@RequestScoped
public class ConcernQueuePage {

    static final int PAGE_SIZE = 25;

    @Inject
    Safeguarding safeguarding;

    @Inject
    CurrentAccount current;

    private String status;
    private String page;
    private ListPage<SafeguardingConcern> concerns;

    public void load() {
        concerns = safeguarding.queue(current.require(), chosenStatus(), ListPage.number(page), PAGE_SIZE);
    }

    private ConcernStatus chosenStatus() {
        try {
            return status == null || status.isBlank() ? null : ConcernStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public ListPage<SafeguardingConcern> getConcerns() {
        return concerns;
    }

    public List<ConcernStatus> getStatuses() {
        return List.of(ConcernStatus.values());
    }

    public boolean isChosen(ConcernStatus candidate) {
        return candidate == chosenStatus();
    }

    public String received(SafeguardingConcern concern) {
        return SpokenDate.withTime(concern.receivedAt());
    }

    public String pageLink(int number) {
        ConcernStatus chosen = chosenStatus();
        return "?page=" + number + (chosen == null ? "" : "&status=" + chosen.name());
    }

    public String getSummary() {
        long total = concerns.total();
        ConcernStatus chosen = chosenStatus();
        return (total == 1 ? "1 concern" : total + " concerns") + (chosen == null ? "" : " (" + chosen.label().toLowerCase() + ")");
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}

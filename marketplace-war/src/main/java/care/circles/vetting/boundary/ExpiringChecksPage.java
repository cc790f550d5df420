package care.circles.vetting.boundary;

import java.time.LocalDate;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.vetting.control.VettingChecks;
import care.circles.vetting.entity.ListedCheck;
import care.circles.vetting.entity.ResultPage;
import care.circles.vetting.entity.VettingProgress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Verified checks that run out within 30 days, soonest first (/council/checks-expiring.xhtml). */
@Named
@RequestScoped
public class ExpiringChecksPage {

    @Inject
    VettingChecks vetting;

    @Inject
    CurrentAccount current;

    private String page;
    private ResultPage<ListedCheck> results;
    private LocalDate today;

    public void load() {
        today = vetting.today();
        results = vetting.expiringSoon(current.require(), today, PageNumber.of(page), CheckQueuePage.PAGE_SIZE);
    }

    public List<CheckView> getItems() {
        return results.items().stream().map(l -> new CheckView(l.check(), l.paEmail(), today)).toList();
    }

    public ResultPage<ListedCheck> getResults() {
        return results;
    }

    public String pageLink(int number) {
        return PageNumber.link(number, null, null);
    }

    public int getWithinDays() {
        return VettingProgress.EXPIRING_WITHIN_DAYS;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}

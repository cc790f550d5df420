package care.circles.vetting.boundary;

import java.time.LocalDate;
import java.util.List;

import care.circles.account.control.Accounts;
import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.vetting.control.VettingChecks;
import care.circles.vetting.entity.CheckStatus;
import care.circles.vetting.entity.CheckType;
import care.circles.vetting.entity.ListedCheck;
import care.circles.vetting.entity.ResultPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The council's queue of checks waiting to be verified, oldest first (/council/checks.xhtml).
 * A plain GET form filters by type, so a filtered page can be bookmarked.
 */
@Named
@RequestScoped
public class CheckQueuePage {

    static final int PAGE_SIZE = 20;

    @Inject
    VettingChecks vetting;

    @Inject
    Accounts accounts;

    @Inject
    CurrentAccount current;

    private String type;
    private String page;
    private String decided;
    private ResultPage<ListedCheck> results;
    private LocalDate today;

    public void load() {
        today = vetting.today();
        results = vetting.waiting(current.require(), chosenType(), PageNumber.of(page), PAGE_SIZE);
    }

    private CheckType chosenType() {
        try {
            return type == null || type.isBlank() ? null : CheckType.valueOf(type);
        } catch (IllegalArgumentException unknownType) {
            return null;
        }
    }

    public List<CheckView> getItems() {
        return results.items().stream().map(l -> new CheckView(l.check(), l.paEmail(), today)).toList();
    }

    public ResultPage<ListedCheck> getResults() {
        return results;
    }

    public String pageLink(int number) {
        return PageNumber.link(number, "type", chosenType() == null ? null : chosenType().name());
    }

    public List<CheckType> getTypes() {
        return List.of(CheckType.values());
    }

    public boolean isChosen(CheckType candidate) {
        return candidate == chosenType();
    }

    public String getSummary() {
        long total = results.total();
        String count = total == 1 ? "1 check is" : total + " checks are";
        CheckType chosen = chosenType();
        return count + " waiting" + (chosen == null ? "" : " (" + chosen.label() + ")");
    }

    public String getCaption() {
        CheckType chosen = chosenType();
        return (chosen == null ? "Checks" : chosen.label() + " checks") + " waiting for the council, oldest first";
    }

    /** After a decision the review page comes back here with ?decided=checkId. */
    public String getConfirmation() {
        if (decided == null || !decided.matches("[0-9]{1,18}")) {
            return null;
        }
        Account council = current.require();
        return vetting.check(council, Long.parseLong(decided))
                .filter(c -> c.status() == CheckStatus.VERIFIED || c.status() == CheckStatus.REJECTED)
                .map(c -> {
                    String who = accounts.byId(c.paAccountId()).map(a -> a.email().value()).orElse("the PA");
                    return c.status() == CheckStatus.VERIFIED
                            ? "You verified the " + c.slot().inSentence() + " of " + who + "."
                            : "You rejected the " + c.slot().inSentence() + " of " + who
                            + ". They can see your reason and send it again.";
                })
                .orElse(null);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getDecided() {
        return decided;
    }

    public void setDecided(String decided) {
        this.decided = decided;
    }
}

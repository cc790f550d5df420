package care.circles.finance.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.finance.control.FinanceAudit;
import care.circles.finance.entity.AccountLine;
import care.circles.payment.control.CouncilPayments;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every direct payment account for council finance (/council/finance.xhtml), surpluses flagged. */
@Named
@RequestScoped
public class FinancePage {

    private static final int PAGE_SIZE = 25;

    @Inject
    FinanceAudit finance;

    @Inject
    CouncilPayments payments;

    @Inject
    CurrentAccount current;

    private String page;
    private String show;
    private ListPage<AccountLine> accounts;
    private Long surpluses;

    public ListPage<AccountLine> getAccounts() {
        if (accounts == null) {
            accounts = finance.accounts(current.require(), isSurplusOnly(), ListPage.number(page), PAGE_SIZE);
        }
        return accounts;
    }

    public long getSurpluses() {
        if (surpluses == null) {
            surpluses = finance.surplusCount(current.require());
        }
        return surpluses;
    }

    public int getContingencyWeeks() {
        return payments.configuration().contingencyWeeks();
    }

    public boolean isSurplusOnly() {
        return "surplus".equals(show);
    }

    public String pageLink(int number) {
        return "?page=" + number + (isSurplusOnly() ? "&show=surplus" : "");
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }
}

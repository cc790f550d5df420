package care.circles.payment.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.payment.control.PayeeAccounts;
import care.circles.payment.control.PaymentRequestInbox;
import care.circles.payment.control.PaymentsNotSetUp;
import care.circles.payment.entity.RequestView;
import care.circles.payments.payee.Payee;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How a PA or provider gets paid (/getting-paid/index.xhtml): their Stripe account, and payments to them. */
@Named
@RequestScoped
public class HowYouGetPaidPage {

    private static final int PAGE_SIZE = 10;

    @Inject
    PayeeAccounts payees;

    @Inject
    PaymentRequestInbox inbox;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    private String stripeAccount;
    private String page;
    private String done;
    private String refusal;
    private Payee payee;
    private boolean looked;
    private ListPage<RequestView> payments;

    public String save() {
        try {
            payees.connect(current.require(), stripeAccount);
            return "/getting-paid/index.xhtml?faces-redirect=true&done=saved";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (PaymentsNotSetUp e) {
            refusal = e.messageForPeople();
        }
        return null;
    }

    public Payee getPayee() {
        if (!looked) {
            payee = payees.of(current.require()).orElse(null);
            looked = true;
        }
        return payee;
    }

    public boolean isConnected() {
        return getPayee() != null && getPayee().stripeAccountId() != null;
    }

    public ListPage<RequestView> getPayments() {
        if (payments == null) {
            payments = inbox.toPayee(current.require(), ListPage.number(page), PAGE_SIZE);
        }
        return payments;
    }

    public String getConfirmation() {
        return "saved".equals(done) ? "Your Stripe account is saved. Payments to you go there from now on." : null;
    }

    public String getRefusal() {
        return refusal;
    }

    public String pageLink(int number) {
        return "?page=" + number;
    }

    public String getStripeAccount() {
        if (stripeAccount == null && isConnected()) {
            return getPayee().stripeAccountId();
        }
        return stripeAccount;
    }

    public void setStripeAccount(String stripeAccount) {
        this.stripeAccount = stripeAccount;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }
}

package care.circles.payment.boundary;

import java.util.List;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.payment.control.DirectPaymentAccounts;
import care.circles.payment.control.PaymentRequestInbox;
import care.circles.payment.control.PaymentsNotSetUp;
import care.circles.payment.entity.HolderAccount;
import care.circles.payment.entity.PayOutcome;
import care.circles.payment.entity.RequestView;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Payments waiting for the holder (/money/requests.xhtml): confirm one (paid from the direct
 * payment), refuse it with a reason, or let approved timesheets be paid without asking; and
 * what was decided before. Each request's form carries its id in a plain hidden field; the
 * control checks the request is the holder's.
 */
@Named
@RequestScoped
public class PaymentRequestsPage {

    private static final int PAGE_SIZE = 10;

    @Inject
    PaymentRequestInbox inbox;

    @Inject
    DirectPaymentAccounts accounts;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String page;
    private String done;
    private String refusal;
    private Long refusedRequest;
    private List<RequestView> waiting;
    private ListPage<RequestView> decided;
    private Optional<HolderAccount> account;

    public String confirm() {
        Optional<Long> id = RequestForms.id(faces, "requestId");
        if (id.isEmpty()) {
            RequestForms.forbidden(faces);
            return null;
        }
        try {
            PayOutcome outcome = inbox.confirm(current.require(), id.get());
            if (outcome instanceof PayOutcome.NotPaid notPaid) {
                refusal = notPaid.reason() + ".";
                refusedRequest = id.get();
                return null;
            }
            return "/money/requests.xhtml?faces-redirect=true&done=paying";
        } catch (PaymentsNotSetUp e) {
            refusal = e.messageForPeople();
        } catch (SecurityException e) {
            RequestForms.forbidden(faces);
        }
        return null;
    }

    public String refuse() {
        Optional<Long> id = RequestForms.id(faces, "requestId");
        if (id.isEmpty()) {
            RequestForms.forbidden(faces);
            return null;
        }
        try {
            inbox.refuse(current.require(), id.get(), RequestForms.parameter(faces, "refusalReason"));
            return "/money/requests.xhtml?faces-redirect=true&done=refused";
        } catch (InvalidInputException e) {
            // Each request has its own reason box: the message goes beside the right one.
            e.problems().forEach(p -> feedback.show(p.field() + "-" + id.get(), p.message()));
        } catch (SecurityException e) {
            RequestForms.forbidden(faces);
        }
        return null;
    }

    public String saveStandingApproval() {
        boolean automatic = "yes".equals(RequestForms.parameter(faces, "automatic"));
        try {
            accounts.payTimesheetsAutomatically(current.require(), automatic);
            return "/money/requests.xhtml?faces-redirect=true&done=" + (automatic ? "automatic" : "asking");
        } catch (SecurityException e) {
            RequestForms.forbidden(faces);
            return null;
        }
    }

    public List<RequestView> getWaiting() {
        if (waiting == null) {
            waiting = inbox.waitingFor(current.require());
        }
        return waiting;
    }

    public ListPage<RequestView> getDecided() {
        if (decided == null) {
            decided = inbox.decidedBy(current.require(), ListPage.number(page), PAGE_SIZE);
        }
        return decided;
    }

    public HolderAccount getAccount() {
        if (account == null) {
            account = accounts.ofHolder(current.require());
        }
        return account.orElse(null);
    }

    /** The line that confirms what the holder just did, after the redirect. */
    public String getConfirmation() {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "paying" -> "Payment confirmed. The money has left your direct payment account and is on its way;"
                    + " it shows as paid when Stripe confirms it, usually within a minute.";
            case "refused" -> "Payment refused. They can see your reason.";
            case "automatic" -> "Approved timesheets will now be paid without asking you each time.";
            case "asking" -> "You will now be asked to confirm each approved timesheet before it is paid.";
            default -> null;
        };
    }

    /** Why the last payment was not made, shown beside the request. */
    public String getRefusal() {
        return refusal;
    }

    public boolean refusedHere(RequestView request) {
        return refusedRequest != null && refusedRequest == request.id();
    }

    public String pageLink(int number) {
        return "?page=" + number;
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

package care.circles.payment.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.messaging.control.ParticipantNames;
import care.circles.payment.entity.CarePurchase;
import care.circles.payment.entity.DirectPaymentHolder;
import care.circles.payment.entity.PayOutcome;
import care.circles.payment.entity.PaymentRequestRaised;
import care.circles.payment.entity.RequestView;
import care.circles.payment.entity.TransferRecorded;
import care.circles.payment.entity.WrittenReason;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.PayOut;
import care.circles.payments.directpayment.SpendResult;
import care.circles.payments.payee.Payee;
import care.circles.payments.request.Funding;
import care.circles.payments.request.NewPaymentRequest;
import care.circles.payments.request.PaymentRequest;
import care.circles.payments.request.PaymentRequestStatus;
import care.circles.payments.stripe.TransferRequest;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Where care that has been given turns into money paid. Approved timesheets and bookings put a
 * payment request in the payer's inbox, exactly once per source, in the same transaction as the
 * approval. The payer confirms it (or their standing approval does, for timesheets): the money
 * leaves their direct payment account for the payee, a Stripe transfer is recorded as pending
 * with an idempotency key, and Stripe is asked to make it once all that has committed. Stripe's
 * webhook then marks it paid. Not enough money refuses the payment with the amount short and
 * posts nothing. Or the payer refuses, with a reason.
 */
@ApplicationScoped
public class PaymentRequestInbox {

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource database;

    @Inject
    CouncilPayments payments;

    @Inject
    ParticipantNames names;

    @Inject
    CarePurchases carePurchases;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PaymentRequestRaised> raised;

    @Inject
    Event<TransferRecorded> transferRecorded;

    @PersistenceContext
    EntityManager em;

    /**
     * Raises the request inside the caller's transaction, or returns the one already raised
     * for the same source key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PaymentRequest raise(NewPaymentRequest request) {
        try (Connection connection = database.getConnection()) {
            PaymentRequest stored = payments.requests().raise(connection, request);
            raised.fire(new PaymentRequestRaised(stored.id(), stored.payerAccountId(), stored.isForTimesheet()));
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the payment request " + request.sourceKey(), e);
        }
    }

    /** The requests waiting for this payer to confirm, oldest first. */
    @Transactional
    public List<PaymentRequest> awaiting(long payerAccountId) {
        try (Connection connection = database.getConnection()) {
            return payments.requests().forPayer(connection, payerAccountId, PaymentRequestStatus.AWAITING);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the payment requests", e);
        }
    }

    /** Everything waiting for the holder to decide, oldest first, with whom each pays. */
    @Transactional
    public List<RequestView> waitingFor(Account holder) {
        List<PaymentRequest> waiting = awaiting(holder.id());
        return views(waiting, PaymentRequest::payeeAccountId);
    }

    /** The holder's decided requests (paying, paid, refused, cancelled), newest first. */
    @Transactional
    public ListPage<RequestView> decidedBy(Account holder, int page, int size) {
        Set<PaymentRequestStatus> decided = EnumSet.complementOf(EnumSet.of(PaymentRequestStatus.AWAITING));
        return payments.withConnection(c -> new ListPage<>(views(payments.requests().forPayer(c, holder.id(), decided,
                ListPage.offset(page, size), size), PaymentRequest::payeeAccountId),
                payments.requests().countForPayer(c, holder.id(), decided), page, size));
    }

    /** What a payee (a PA, a provider) has been asked to be paid, newest first. */
    @Transactional
    public ListPage<RequestView> toPayee(Account payee, int page, int size) {
        return payments.withConnection(c -> new ListPage<>(views(payments.requests().forPayee(c, payee.id(),
                ListPage.offset(page, size), size), PaymentRequest::payerAccountId),
                payments.requests().countForPayee(c, payee.id()), page, size));
    }

    private List<RequestView> views(List<PaymentRequest> requests, Function<PaymentRequest, Long> otherSide) {
        Set<Long> ids = new HashSet<>();
        requests.forEach(r -> ids.add(otherSide.apply(r)));
        Map<Long, String> known = names.of(ids);
        return requests.stream().map(r -> new RequestView(r, known.get(otherSide.apply(r)))).toList();
    }

    /**
     * The holder confirms a waiting request: pays it from their direct payment account if the
     * money is there. Someone else's request is refused as forbidden.
     */
    @Transactional
    public PayOutcome confirm(Account holder, long requestId) {
        return payments.withConnection(c -> {
            PaymentRequest request = ownRequest(c, holder, requestId);
            return pay(c, request, holder.id(), "PAYMENT_REQUEST_CONFIRMED");
        });
    }

    /**
     * Pays a waiting timesheet request if its payer has given a standing approval; does nothing
     * otherwise. An automatic payment that cannot be made yet says why on the request.
     */
    @Transactional
    public Optional<PayOutcome> payByStandingApproval(long requestId) {
        return payments.withConnection(c -> {
            Optional<PaymentRequest> found = payments.requests().lock(c, requestId);
            if (found.isEmpty() || found.get().status() != PaymentRequestStatus.AWAITING
                    || !found.get().isForTimesheet() || !hasStandingApproval(c, found.get().payerAccountId())) {
                return Optional.empty();
            }
            PayOutcome outcome = pay(c, found.get(), found.get().payerAccountId(), "PAID_BY_STANDING_APPROVAL");
            if (outcome instanceof PayOutcome.NotPaid notPaid) {
                payments.requests().noteWaiting(c, requestId, "Not paid automatically: " + notPaid.reason());
            }
            return Optional.of(outcome);
        });
    }

    /** Waiting timesheet requests of payers who have a standing approval: the ones to try again. */
    @Transactional
    public List<Long> waitingForStandingApproval(int limit) {
        return em.createNativeQuery("SELECT r.id FROM payment_request r"
                        + " JOIN direct_payment_account d ON d.person_account_id = r.payer_account_id"
                        + " JOIN direct_payment_holder h ON h.direct_payment_account_id = d.id"
                        + " WHERE r.status = 'AWAITING' AND r.source_key LIKE 'timesheet:%'"
                        + " AND h.pays_timesheets_automatically = TRUE ORDER BY r.raised_at, r.id")
                .setMaxResults(limit)
                .getResultList()
                .stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The holder refuses a waiting request, with a reason the payee will see.
     *
     * @throws InvalidInputException naming {@code refusalReason} when there is no reason
     */
    @Transactional
    public void refuse(Account holder, long requestId, String reason) {
        WrittenReason.problem("refusalReason", reason, 500, "Say why you are not paying, so they know what to put right")
                .ifPresent(problem -> {
                    throw new InvalidInputException(List.of(problem));
                });
        String why = reason.strip();
        payments.withConnection(c -> {
            PaymentRequest request = ownRequest(c, holder, requestId);
            if (request.status() != PaymentRequestStatus.AWAITING) {
                throw new InvalidInputException("refusalReason", "This payment has already been dealt with");
            }
            payments.requests().refuse(c, requestId, why);
            audit.record(holder.id(), "PAYMENT_REQUEST_REFUSED", "payment_request", requestId,
                    request.amount() + " to account " + request.payeeAccountId() + ": " + why);
            return null;
        });
    }

    private PaymentRequest ownRequest(Connection c, Account holder, long requestId) throws SQLException {
        if (holder.role() != Role.DP_HOLDER) {
            throw new SecurityException("Only the person paying can decide a payment request");
        }
        PaymentRequest request = payments.requests().lock(c, requestId)
                .orElseThrow(() -> new SecurityException("There is no such payment request"));
        if (request.payerAccountId() != holder.id()) {
            throw new SecurityException("This payment request is not yours to decide");
        }
        return request;
    }

    /** Call with the request locked. Posts nothing unless the whole payment can be made. */
    private PayOutcome pay(Connection c, PaymentRequest request, long actorId, String action) throws SQLException {
        payments.requireStripe();
        if (request.status() != PaymentRequestStatus.AWAITING) {
            return new PayOutcome.NotPaid(request.id(), "This payment has already been dealt with");
        }
        if (request.funding() != Funding.DIRECT_PAYMENT) {
            return new PayOutcome.NotPaid(request.id(), "This payment is not made from a direct payment,"
                    + " so it cannot be paid here");
        }
        Optional<DirectPaymentAccount> account = payments.directPayments().findForPerson(c, request.payerAccountId());
        if (account.isEmpty()) {
            return new PayOutcome.NotPaid(request.id(), "You do not have a direct payment account on Circles yet."
                    + " The council opens it");
        }
        String payeeName = names.of(Set.of(request.payeeAccountId())).get(request.payeeAccountId());
        Optional<Payee> payee = payments.payees().findByOwner(c, request.payeeAccountId())
                .filter(p -> p.stripeAccountId() != null);
        if (payee.isEmpty()) {
            return new PayOutcome.NotPaid(request.id(), payeeName + " has not told Circles how they get paid yet."
                    + " You can pay once they have");
        }
        String key = "payment-request:" + request.id();
        // Raisers name the payee in the description ("Sam Jones, PA: …"); the statement must say who was paid anyway.
        String line = request.description().contains(payeeName) ? request.description()
                : payeeName + ": " + request.description();
        SpendResult spent = payments.directPayments().payOut(c, new PayOut(account.get().id(), payee.get(),
                request.amount(), truncate(line, 500), key, actorId));
        if (spent instanceof SpendResult.Refused refused) {
            return new PayOutcome.NotPaid(request.id(), refused.message());
        }
        TransferRequest transfer = payments.transfers().request(c, payee.get().id(), request.amount(), key, actorId);
        if (!(transfer instanceof TransferRequest.Recorded recorded)) {
            throw new IllegalStateException("The payee's money was not there to send for " + key);
        }
        payments.requests().markPaying(c, request.id(), recorded.transfer().id());
        carePurchases.of(request).ifPresent(purchase -> countTowardCareAccount(c, request, purchase));
        audit.record(actorId, action, "payment_request", request.id(),
                request.amount() + " to " + payeeName + " (account " + request.payeeAccountId() + ")");
        transferRecorded.fire(new TransferRecorded(recorded.transfer().id()));
        return new PayOutcome.Paying(request.id(), recorded.transfer().id());
    }

    private void countTowardCareAccount(Connection c, PaymentRequest request, CarePurchase purchase) {
        try {
            payments.careAccounts().recordSpend(c, request.payerAccountId(), purchase.category(), purchase.bought(),
                    request.amount(), payments.today(), "payment-request:" + request.id());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the care account for request " + request.id(), e);
        }
    }

    private boolean hasStandingApproval(Connection c, long payerAccountId) throws SQLException {
        return payments.directPayments().findForPerson(c, payerAccountId)
                .map(account -> em.find(DirectPaymentHolder.class, account.id()))
                .map(DirectPaymentHolder::paysTimesheetsAutomatically)
                .orElse(false);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}

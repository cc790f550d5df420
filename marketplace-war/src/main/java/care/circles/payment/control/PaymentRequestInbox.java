package care.circles.payment.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import care.circles.payments.request.NewPaymentRequest;
import care.circles.payments.request.PaymentRequest;
import care.circles.payments.request.PaymentRequestStatus;
import care.circles.payments.request.PaymentRequests;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Where care that has been given turns into money owed: approved timesheets and bookings put a
 * payment request in the payer's inbox, exactly once per source, in the same transaction as
 * the approval (the connection is the container's, enlisted in that transaction).
 */
@ApplicationScoped
public class PaymentRequestInbox {

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource database;

    @Inject
    Clock clock;

    private PaymentRequests requests;

    @PostConstruct
    void start() {
        requests = new PaymentRequests(clock);
    }

    /**
     * Raises the request inside the caller's transaction, or returns the one already raised
     * for the same source key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PaymentRequest raise(NewPaymentRequest request) {
        try (Connection connection = database.getConnection()) {
            return requests.raise(connection, request);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the payment request " + request.sourceKey(), e);
        }
    }

    /** The requests waiting for this payer to confirm, oldest first. */
    @Transactional
    public List<PaymentRequest> awaiting(long payerAccountId) {
        try (Connection connection = database.getConnection()) {
            return requests.forPayer(connection, payerAccountId, PaymentRequestStatus.AWAITING);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the payment requests", e);
        }
    }
}

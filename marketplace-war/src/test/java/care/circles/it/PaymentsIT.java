package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.payment.control.PaymentRequestInbox;
import care.circles.payments.Money;
import care.circles.payments.request.Funding;
import care.circles.payments.request.NewPaymentRequest;
import care.circles.payments.request.PaymentRequest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;

/** The payments library inside the web application, on the container's transactions. */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war();
    }

    @Inject
    PaymentRequestInbox inbox;

    @Inject
    UserTransaction transaction;

    @Test
    void aPaymentRequestCommitsWithTheApprovalThatRaisedIt() throws Exception {
        long payer = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
        NewPaymentRequest request = request(payer);

        transaction.begin();
        PaymentRequest raised = inbox.raise(request);
        PaymentRequest again = inbox.raise(request);
        transaction.commit();

        assertEquals(raised.id(), again.id());
        assertEquals(1, inbox.awaiting(payer).size());
    }

    @Test
    void aPaymentRequestRollsBackWithTheApprovalThatRaisedIt() throws Exception {
        long payer = ThreadLocalRandom.current().nextLong(2_000_000, 3_000_000);

        transaction.begin();
        inbox.raise(request(payer));
        transaction.rollback();

        assertTrue(inbox.awaiting(payer).isEmpty());
    }

    @Test
    void aPaymentRequestIsOnlyRaisedInsideTheApprovalsTransaction() {
        assertThrows(TransactionalException.class, () -> inbox.raise(request(4_000_000)));
    }

    private static NewPaymentRequest request(long payer) {
        return new NewPaymentRequest("test:" + payer, payer, payer + 1, Funding.DIRECT_PAYMENT,
                Money.ofPence(2_500), "Two hours with a PA", payer);
    }
}

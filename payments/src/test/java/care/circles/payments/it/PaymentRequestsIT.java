package care.circles.payments.it;

import static care.circles.payments.it.PaymentsDatabase.count;
import static care.circles.payments.it.PaymentsDatabase.inTransaction;
import static care.circles.payments.it.PaymentsDatabase.newId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.payments.request.Funding;
import care.circles.payments.request.NewPaymentRequest;
import care.circles.payments.request.PaymentRequest;
import care.circles.payments.request.PaymentRequestStatus;
import care.circles.payments.request.PaymentRequests;

class PaymentRequestsIT {

    private final PaymentRequests requests = new PaymentRequests(TestClock.at("2025-03-10T12:00:00Z"));

    @Test
    void raisesARequestThatWaitsForThePayer() throws Exception {
        long payer = newId();
        long payee = newId();
        PaymentRequest raised = inTransaction(c -> requests.raise(c, timesheet(newId(), payer, payee, 15_000)));

        assertEquals(PaymentRequestStatus.AWAITING, raised.status());
        assertEquals(Money.ofPence(15_000), raised.amount());
        assertEquals(List.of(raised), inTransaction(c -> requests.forPayer(c, payer, PaymentRequestStatus.AWAITING)));
        assertEquals(List.of(), inTransaction(c -> requests.forPayer(c, payee, PaymentRequestStatus.AWAITING)));
    }

    @Test
    void raisingForTheSameSourceAgainReturnsTheFirstRequest() throws Exception {
        NewPaymentRequest request = timesheet(newId(), newId(), newId(), 9_000);
        PaymentRequest first = inTransaction(c -> requests.raise(c, request));
        PaymentRequest again = inTransaction(c -> requests.raise(c, request));

        assertEquals(first.id(), again.id());
        assertEquals(1, count("SELECT COUNT(*) FROM payment_request WHERE source_key = ?", request.sourceKey()));
    }

    @Test
    void tenApprovalsOfOneTimesheetAtOnceRaiseOneRequest() throws Exception {
        NewPaymentRequest request = timesheet(newId(), newId(), newId(), 4_500);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PaymentRequest>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<PaymentRequest> raise = () -> {
                    start.await();
                    return inTransaction(c -> requests.raise(c, request));
                };
                results.add(pool.submit(raise));
            }
            start.countDown();
            long firstId = results.get(0).get().id();
            for (Future<PaymentRequest> result : results) {
                assertEquals(firstId, result.get().id());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM payment_request WHERE source_key = ?", request.sourceKey()));
    }

    @Test
    void theSameSourceForADifferentAmountIsRefusedAsABug() throws Exception {
        long sheet = newId();
        long payer = newId();
        long payee = newId();
        inTransaction(c -> requests.raise(c, timesheet(sheet, payer, payee, 1_000)));

        assertThrows(IllegalStateException.class,
                () -> inTransaction(c -> requests.raise(c, timesheet(sheet, payer, payee, 2_000))));
    }

    @Test
    void refusesRequestsThatCannotBePaid() {
        assertThrows(IllegalArgumentException.class, () -> timesheet(1, 2, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> timesheet(1, 2, 2, 100));
        assertThrows(IllegalArgumentException.class, () -> new NewPaymentRequest("no key", 1, 2,
                Funding.DIRECT_PAYMENT, Money.ofPence(100), "x", null));
    }

    private static NewPaymentRequest timesheet(long sheet, long payer, long payee, long pence) {
        return new NewPaymentRequest("timesheet:" + sheet, payer, payee, Funding.DIRECT_PAYMENT,
                Money.ofPence(pence), "PA visits, week of 3 March", payer);
    }
}

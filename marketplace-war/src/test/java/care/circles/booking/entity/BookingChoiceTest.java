package care.circles.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.circles.dayopportunity.entity.CancellationPolicy;
import care.circles.dayopportunity.entity.FundingWay;
import care.circles.payments.Money;
import care.circles.payments.request.Funding;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class BookingChoiceTest {

    private static final List<PaymentMethod> DP_OR_SELF = List.of(PaymentMethod.DIRECT_PAYMENT, PaymentMethod.SELF_FUNDED);

    @Test
    void aPersonBooksForThemselvesOrForSomeoneTheyCareFor() {
        BookingChoice choice = BookingChoice.of(new BookingChoice.Typed("SOMEONE_I_CARE_FOR", "  Pat   Jones ",
                "DIRECT_PAYMENT", "SERIES"), DP_OR_SELF, false);

        assertTrue(choice.forSomeoneElse());
        assertEquals("Pat Jones", choice.attendeeName());
        assertTrue(choice.wholeSeries());
    }

    @Test
    void aCarersBreakIsForThePersonCaredForAndNeedsAWayThePoviderAccepts() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> BookingChoice.of(
                new BookingChoice.Typed("MYSELF", "", "ISF", null), DP_OR_SELF, true));

        assertEquals(List.of(
                new FieldProblem("whoFor", "A carer's short break is for the person you care for: choose Someone I care for"),
                new FieldProblem("attendeeName", "Enter your name, so the provider knows who to expect"),
                new FieldProblem("paymentMethod", "Choose how the place will be paid for")), refused.problems());
    }

    @Test
    void aCarersBreakPaidByDirectPaymentMayUseALowValuePayment() {
        Set<FundingWay> ways = Set.of(FundingWay.DIRECT_PAYMENT, FundingWay.SELF_FUNDED);

        assertEquals(List.of(PaymentMethod.DIRECT_PAYMENT, PaymentMethod.LOW_VALUE_DIRECT_PAYMENT, PaymentMethod.SELF_FUNDED),
                PaymentMethod.accepted(Money.ofPence(6500), ways, true));
        assertEquals(List.of(PaymentMethod.DIRECT_PAYMENT, PaymentMethod.SELF_FUNDED),
                PaymentMethod.accepted(Money.ofPence(450), ways, false));
        assertEquals(List.of(PaymentMethod.FREE), PaymentMethod.accepted(Money.ZERO, ways, false));
        assertEquals(Funding.DIRECT_PAYMENT, PaymentMethod.LOW_VALUE_DIRECT_PAYMENT.funding().orElseThrow());
        assertTrue(PaymentMethod.COUNCIL_COMMISSIONED.funding().isEmpty(), "the council pays: nothing to request");
    }

    @Test
    void cancellingWithLessNoticeThanTheProviderAsksIsLate() {
        CancellationPolicy dayBefore = new CancellationPolicy(24);
        Instant starts = Instant.parse("2026-12-01T10:00:00Z");

        assertFalse(dayBefore.isLate(Instant.parse("2026-11-30T09:59:00Z"), starts));
        assertTrue(dayBefore.isLate(Instant.parse("2026-11-30T10:01:00Z"), starts));
        assertEquals("Cancel at least 24 hours before the session starts. If you cancel later, the provider may still"
                + " charge for the place.", dayBefore.text());
        assertEquals("Cancel at least 2 days before the session starts. If you cancel later, the provider may still"
                + " charge for the place.", new CancellationPolicy(48).text());
    }
}

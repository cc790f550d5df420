package care.circles.engagement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;

class EngagementRequestTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void thePaAnswersFirstAndTheHolderAnswersProposedChanges() {
        EngagementRequest request = sent();
        assertEquals(Long.valueOf(2), request.waitingFor(), "waiting for the PA");
        request.proposeChanges(EngagementTermsTest.terms("15.00", "SELF_EMPLOYED", "2"), "Can we say £15?", NOW);
        assertEquals(RequestStatus.CHANGES_PROPOSED, request.status());
        assertEquals(Long.valueOf(1), request.waitingFor(), "waiting for the holder");
        ChangeRefused paAgain = assertThrows(ChangeRefused.class, () -> request.acceptAsPa(NOW));
        assertEquals("You cannot accept this request because it is waiting for an answer to the PA's changes.",
                paAgain.getMessage());
        request.acceptChanges(NOW);
        assertEquals(RequestStatus.ACCEPTED, request.status());
        assertNull(request.waitingFor());
        assertEquals("£15.00", request.hourlyRate().toString());
    }

    @Test
    void aSettledRequestRefusesEveryStepWithAMessage() {
        EngagementRequest request = sent();
        request.decline(new StatedReason("Fully booked"), NOW);
        assertEquals("You cannot withdraw this request because it is declined.",
                assertThrows(ChangeRefused.class, () -> request.withdraw(NOW)).getMessage());
        assertThrows(ChangeRefused.class, () -> request.acceptAsPa(NOW));
        assertThrows(ChangeRefused.class, () -> request.revise(EngagementTermsTest.terms("14.00", "EMPLOYED", "4"), NOW));
        assertEquals(RequestStatus.DECLINED, request.status());
    }

    @Test
    void aCloseFamilyMemberInTheHouseholdIsStoppedWithTheReasonAndWhatToDo() {
        InvalidInputException yes = assertThrows(InvalidInputException.class, () -> HouseholdFamily.confirmNot("yes", "Dorset Council"));
        assertEquals(HouseholdFamily.FIELD, yes.problems().get(0).field());
        assertTrue(yes.problems().get(0).message().contains("Dorset Council's direct payments team"));
        assertThrows(InvalidInputException.class, () -> HouseholdFamily.confirmNot(null, "Dorset Council"));
        HouseholdFamily.confirmNot("no", "Dorset Council");
    }

    @Test
    void anAgreementEndsTheAgreedWeeksAfterNoticeAndOnlyAnEmployerHasDuties() {
        EngagementRequest request = sent();
        request.acceptAsPa(NOW);
        Agreement agreement = Agreement.from(request, request.terms(EngagementTermsTest.DORCHESTER), NOW);
        LocalDate today = LocalDate.of(2026, 3, 20);
        agreement.giveNotice(new StatedReason("Moving away"), today, NOW);
        assertEquals(today.plusWeeks(4), agreement.endsOn());
        assertEquals(AgreementStatus.ENDING, agreement.status(today));
        assertEquals(AgreementStatus.ENDED, agreement.status(today.plusWeeks(4).plusDays(1)));
        assertThrows(ChangeRefused.class, () -> agreement.giveNotice(new StatedReason("Again"), today, NOW));
        assertThrows(ChangeRefused.class, () -> agreement.markDuty(EmployerDuty.PAYE, true, NOW), "self-employed: no duties");
    }

    private static EngagementRequest sent() {
        return new EngagementRequest(1, 2, 3, EngagementTermsTest.terms("13.50", "SELF_EMPLOYED", "4"), NOW);
    }
}

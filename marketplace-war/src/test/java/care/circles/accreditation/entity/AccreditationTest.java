package care.circles.accreditation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;

class AccreditationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Accreditation accredited(LocalDate until) {
        Accreditation accreditation = new Accreditation(7, AccreditationKind.ISF_PROVIDER, null, 3, NOW);
        accreditation.submit(NOW);
        accreditation.accredit(9, TODAY, until, Conditions.NONE, NOW);
        return accreditation;
    }

    @Test
    void anAccreditationCountsUntilTheEndOfItsExpiryDateAndThenIsLapsed() {
        Accreditation accreditation = accredited(TODAY.plusDays(10));
        assertTrue(accreditation.isActiveOn(TODAY.plusDays(10)));
        assertFalse(accreditation.isActiveOn(TODAY.plusDays(11)));
        assertEquals(AccreditationStatus.LAPSED, accreditation.statusOn(TODAY.plusDays(11)));
        assertEquals(AccreditationStatus.ACCREDITED, accreditation.status(), "until the sweep records it");
    }

    @Test
    void renewalOpensSixtyDaysBeforeTheExpiryDate() {
        Accreditation accreditation = accredited(TODAY.plusDays(100));
        assertFalse(accreditation.isRenewableOn(TODAY.plusDays(39)));
        assertTrue(accreditation.isRenewableOn(TODAY.plusDays(40)));
    }

    @Test
    void aLapseIsRefusedWhileStillInDate() {
        Accreditation accreditation = accredited(TODAY.plusDays(1));
        assertThrows(AccreditationRefused.class, () -> accreditation.lapse(TODAY, NOW));
        accreditation.lapse(TODAY.plusDays(2), NOW);
        assertEquals(AccreditationStatus.LAPSED, accreditation.status());
    }

    @Test
    void aSuspendedAccreditationIsNotActiveAndAWithdrawnOneCannotComeBack() {
        Accreditation accreditation = accredited(TODAY.plusYears(1));
        accreditation.suspend(new Reason("A concern"));
        assertFalse(accreditation.isActiveOn(TODAY));
        accreditation.reinstate();
        assertTrue(accreditation.isActiveOn(TODAY));
        accreditation.withdraw(new Reason("No insurance"), NOW);
        assertThrows(AccreditationRefused.class, accreditation::reinstate);
    }

    @Test
    void decisionsNeedASubmittedApplication() {
        Accreditation draft = new Accreditation(7, AccreditationKind.DORSET_CARE_FRAMEWORK, null, 3, NOW);
        assertThrows(AccreditationRefused.class, () -> draft.accredit(9, TODAY, TODAY.plusYears(1), Conditions.NONE, NOW));
        assertThrows(AccreditationRefused.class, draft::requestInformation);
    }

    @Test
    void conditionsAreOneALineAndNeededWhenAccreditingWithConditions() {
        assertEquals(List.of("Train all staff", "Name a safeguarding lead"),
                Conditions.of("- Train all staff\n\n  Name a safeguarding lead  ").lines());
        assertThrows(InvalidInputException.class, () -> Conditions.of("  \n "));
        assertTrue(Conditions.stored(null).isEmpty());
    }

    @Test
    void aReasonIsNeededAndKeptAsTyped() {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> Reason.of("  ", "suspendReason", "Give the reason"));
        assertEquals("suspendReason", missing.problems().get(0).field());
        assertEquals("Late insurance", Reason.of(" Late insurance ", "f", "m").text());
    }
}

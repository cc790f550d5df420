package care.circles.isf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class HolderChangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final long HOLDER = 4L;
    private static final long OTHER_HOLDER = 9L;

    @Test
    void aMoveNamesEveryMissingAnswerAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> HolderChange.of("", "  ", "0"));
        assertEquals(List.of(HolderChange.NEW_HOLDER, HolderChange.REASON),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void aMoveKeepsTheReasonWithoutSurroundingSpaces() {
        HolderChange change = HolderChange.of(" 9 ", "  The holder's accreditation was withdrawn\n", "3");
        assertEquals(new HolderChange(9L, "The holder's accreditation was withdrawn", 3L), change);
    }

    @Test
    void aReasonLongerThanAThousandCharactersIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> HolderChange.of("9", "x".repeat(1001), "0"));
        assertEquals(List.of(HolderChange.REASON), refused.problems().stream().map(FieldProblem::field).toList());
        assertThrows(InvalidInputException.class, () -> new HolderChange(9L, " ", 0L), "never built without a reason");
    }

    @Test
    void aFormWithoutTheVersionItWasShownWithIsRefused() {
        assertThrows(IsfRefused.class, () -> HolderChange.of("9", "Withdrawn", null));
    }

    @Test
    void anIsfInUseMovesToAnotherHolder() {
        Isf isf = inUse();
        isf.moveTo(new HolderChange(OTHER_HOLDER, "Withdrawn", isf.version()));
        assertEquals(OTHER_HOLDER, isf.holderProviderId());
    }

    @Test
    void anIsfIsNotMovedToTheHolderItHasAlready() {
        Isf isf = inUse();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> isf.moveTo(new HolderChange(HOLDER, "Again", isf.version())));
        assertEquals(HolderChange.NEW_HOLDER, refused.problems().get(0).field());
    }

    @Test
    void anIsfWaitingForConfirmationOrDeclinedDoesNotMove() {
        Isf waiting = proposed();
        assertTrue(assertThrows(IsfRefused.class, () -> waiting.moveTo(new HolderChange(OTHER_HOLDER, "Move", 0L)))
                .getMessage().contains("waiting for the council"));
        Isf declined = proposed();
        declined.decline(1L, "Not needed", NOW);
        assertTrue(assertThrows(IsfRefused.class, () -> declined.moveTo(new HolderChange(OTHER_HOLDER, "Move", 0L)))
                .getMessage().contains("closed"));
        assertEquals(HOLDER, declined.holderProviderId());
    }

    @Test
    void aMoveDecidedOnAnOlderVersionOfTheIsfIsRefused() {
        Isf isf = inUse();
        IsfRefused refused = assertThrows(IsfRefused.class,
                () -> isf.moveTo(new HolderChange(OTHER_HOLDER, "Withdrawn", isf.version() - 1)));
        assertTrue(refused.getMessage().contains("Someone else changed this ISF"), refused.getMessage());
        assertEquals(HOLDER, isf.holderProviderId());
    }

    private static Isf proposed() {
        return new Isf(NewIsf.of(HOLDER, "Alex Morgan", null, null, "1000.00", "Get out more", TODAY.toString(), TODAY,
                email -> Optional.empty()), 1L, NOW);
    }

    private static Isf inUse() {
        Isf isf = proposed();
        isf.confirm(1L, 100L, NOW);
        return isf;
    }
}

package care.circles.vetting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class CheckStatusTest {

    @Test
    void aWaitingCheckCanOnlyBeVerifiedOrRejected() {
        assertEquals(EnumSet.of(CheckStatus.VERIFIED, CheckStatus.REJECTED), CheckStatus.SUBMITTED.next());
    }

    @Test
    void aVerifiedCheckCanExpireOrBeReplacedButNotBeDecidedAgain() {
        assertEquals(EnumSet.of(CheckStatus.EXPIRED, CheckStatus.SUPERSEDED), CheckStatus.VERIFIED.next());
        assertFalse(CheckStatus.VERIFIED.canMoveTo(CheckStatus.VERIFIED));
        assertFalse(CheckStatus.VERIFIED.canMoveTo(CheckStatus.REJECTED));
    }

    @Test
    void rejectedAndExpiredChecksCanOnlyBeReplaced() {
        assertEquals(EnumSet.of(CheckStatus.SUPERSEDED), CheckStatus.REJECTED.next());
        assertEquals(EnumSet.of(CheckStatus.SUPERSEDED), CheckStatus.EXPIRED.next());
    }

    @Test
    void aReplacedCheckIsFinal() {
        assertTrue(CheckStatus.SUPERSEDED.next().isEmpty());
    }

    @Test
    void nothingGoesBackToWaiting() {
        for (CheckStatus status : CheckStatus.values()) {
            assertFalse(status.canMoveTo(CheckStatus.SUBMITTED), status.name());
        }
    }

    @Test
    void aRefusedMoveSaysWhyInPlainWords() {
        TransitionRefused twice = assertThrows(TransitionRefused.class,
                () -> CheckStatus.VERIFIED.requireMoveTo(CheckStatus.VERIFIED));
        assertEquals("This check is already verified, so it cannot be verified again.", twice.getMessage());
        TransitionRefused rejected = assertThrows(TransitionRefused.class,
                () -> CheckStatus.REJECTED.requireMoveTo(CheckStatus.VERIFIED));
        assertTrue(rejected.getMessage().startsWith("This check is rejected, so it cannot be verified."),
                rejected.getMessage());
    }
}

package care.circles.vetting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;

class VettingCheckTest {

    private static final Instant NOW = Instant.parse("2025-04-01T09:00:00Z");
    private static final LocalDate EXPIRY = LocalDate.of(2026, 6, 30);

    @Test
    void verifyingRecordsWhoWhenAndTheOptionalNote() {
        VettingCheck check = ACheck.of(CheckType.IDENTITY).submitted();
        check.verify(ACheck.COUNCIL, "  Seen on a video call ", NOW);
        assertEquals(CheckStatus.VERIFIED, check.status());
        assertEquals(ACheck.COUNCIL, check.decidedBy());
        assertEquals(NOW, check.decidedAt());
        assertEquals("Seen on a video call", check.decisionNote());

        VettingCheck withoutNote = ACheck.of(CheckType.IDENTITY).submitted();
        withoutNote.verify(ACheck.COUNCIL, "   ", NOW);
        assertNull(withoutNote.decisionNote());
    }

    @Test
    void verifyingTwiceIsRefused() {
        VettingCheck check = ACheck.of(CheckType.IDENTITY).verified();
        assertThrows(TransitionRefused.class, () -> check.verify(ACheck.COUNCIL, null, NOW));
    }

    @Test
    void aRejectedCheckCannotBeVerified() {
        VettingCheck check = ACheck.of(CheckType.IDENTITY).rejected();
        assertThrows(TransitionRefused.class, () -> check.verify(ACheck.COUNCIL, null, NOW));
        assertEquals(CheckStatus.REJECTED, check.status());
    }

    @Test
    void rejectingNeedsAReasonForThePa() {
        VettingCheck check = ACheck.of(CheckType.IDENTITY).submitted();
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> check.reject(ACheck.COUNCIL, "  ", NOW));
        assertEquals("reason", missing.problems().get(0).field());
        assertEquals(CheckStatus.SUBMITTED, check.status(), "nothing changes without a reason");
        check.reject(ACheck.COUNCIL, "The certificate number does not match", NOW);
        assertEquals("The certificate number does not match", check.decisionNote());
    }

    @Test
    void overlongNotesAndReasonsAreRefused() {
        String tooLong = "x".repeat(VettingCheck.MAX_NOTE + 1);
        assertThrows(InvalidInputException.class, () -> ACheck.of(CheckType.IDENTITY).submitted().reject(1, tooLong, NOW));
        assertThrows(InvalidInputException.class, () -> ACheck.of(CheckType.IDENTITY).submitted().verify(1, tooLong, NOW));
    }

    @Test
    void aVerifiedCheckCountsAsExpiredFromTheDayAfterItsExpiryDate() {
        VettingCheck check = ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(EXPIRY).verified();
        assertEquals(CheckStatus.VERIFIED, check.statusOn(EXPIRY), "still valid on its expiry date");
        assertEquals(CheckStatus.EXPIRED, check.statusOn(EXPIRY.plusDays(1)));
        assertEquals(CheckStatus.VERIFIED, check.status(), "derived from the date: nothing stored changes");
    }

    @Test
    void aCheckWithoutExpiryNeverExpires() {
        VettingCheck check = ACheck.of(CheckType.IDENTITY).verified();
        assertEquals(CheckStatus.VERIFIED, check.statusOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void onlyAVerifiedCheckPastItsDateCanBeRecordedAsExpired() {
        VettingCheck check = ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(EXPIRY).verified();
        assertThrows(TransitionRefused.class, () -> check.expire(EXPIRY, NOW), "not expired on its expiry date");
        check.expire(EXPIRY.plusDays(1), NOW);
        assertEquals(CheckStatus.EXPIRED, check.status());
        VettingCheck waiting = ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(EXPIRY).submitted();
        assertThrows(TransitionRefused.class, () -> waiting.expire(EXPIRY.plusDays(1), NOW));
    }

    @Test
    void aWaitingCheckCannotBeReplaced() {
        VettingCheck waiting = ACheck.of(CheckType.IDENTITY).submitted();
        assertThrows(TransitionRefused.class, () -> waiting.supersede(5, NOW));
        VettingCheck rejected = ACheck.of(CheckType.IDENTITY).rejected();
        rejected.supersede(5, NOW);
        assertEquals(CheckStatus.SUPERSEDED, rejected.status());
        assertEquals(5L, rejected.supersededBy());
    }

    @Test
    void expiringMeansVerifiedWithinTheWindow() {
        VettingCheck check = ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(EXPIRY).verified();
        assertTrue(check.isExpiringWithin(30, EXPIRY.minusDays(30)));
        assertTrue(!check.isExpiringWithin(30, EXPIRY.minusDays(31)));
        assertTrue(!check.isExpiringWithin(30, EXPIRY.plusDays(1)), "an expired check is no longer expiring");
    }
}

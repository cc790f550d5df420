package care.circles.vetting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class VettingProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static VettingProgress progress(VettingCheck... checks) {
        return new VettingProgress(List.of(checks), TODAY, ZoneOffset.UTC);
    }

    @Test
    void onlyVerifiedUnexpiredChecksAreBadges() {
        VettingProgress progress = progress(
                ACheck.of(CheckType.IDENTITY).verified(),
                ACheck.of(CheckType.ENHANCED_DBS).submitted(),
                ACheck.of(CheckType.RIGHT_TO_WORK).rejected(),
                ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(TODAY.minusDays(1)).verified(),
                ACheck.of(CheckType.TRAINING_MOVING_AND_HANDLING).expiringOn(TODAY).verified());
        List<VerifiedCheck> badges = progress.currentlyVerified();
        assertEquals(List.of(CheckType.IDENTITY, CheckType.TRAINING_MOVING_AND_HANDLING),
                badges.stream().map(VerifiedCheck::type).toList());
        assertEquals(LocalDate.of(2025, 3, 1), badges.get(0).verifiedOn());
        assertNull(badges.get(0).expiresOn());
        assertEquals(TODAY, badges.get(1).expiresOn());
    }

    @Test
    void referencesBecomeOneBadgeOnlyWhenBothAreVerified() {
        assertTrue(progress(ACheck.reference(1).verified()).currentlyVerified().isEmpty());
        assertEquals(List.of(new VerifiedCheck(CheckType.REFERENCE, LocalDate.of(2025, 5, 2), null)),
                progress(ACheck.reference(1).verified(),
                        ACheck.reference(2).sentAt(java.time.Instant.parse("2025-05-02T08:00:00Z")).verified())
                        .currentlyVerified());
    }

    @Test
    void personalCareNeedsVerifiedPhotoIdAndDbsInDate() {
        VettingCheck id = ACheck.of(CheckType.IDENTITY).verified();
        assertFalse(progress(id).mayOfferPersonalCare());
        assertFalse(progress(id, ACheck.of(CheckType.ENHANCED_DBS).submitted()).mayOfferPersonalCare());
        assertFalse(progress(id, ACheck.of(CheckType.ENHANCED_DBS).expiringOn(TODAY.minusDays(1)).verified())
                .mayOfferPersonalCare(), "an expired DBS does not count");
        assertFalse(progress(ACheck.of(CheckType.ENHANCED_DBS).verified()).mayOfferPersonalCare(), "DBS alone is not enough");
        assertTrue(progress(id, ACheck.of(CheckType.ENHANCED_DBS).expiringOn(TODAY).verified()).mayOfferPersonalCare());
    }

    @Test
    void missingListsEverySlotWithNothingVerifiedOrWaiting() {
        VettingProgress progress = progress(
                ACheck.of(CheckType.IDENTITY).verified(),
                ACheck.of(CheckType.ENHANCED_DBS).submitted(),
                ACheck.reference(1).rejected(),
                ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(TODAY.minusDays(1)).verified());
        List<CheckSlot> missing = progress.missing();
        assertFalse(missing.contains(CheckSlot.of(CheckType.IDENTITY)));
        assertFalse(missing.contains(CheckSlot.of(CheckType.ENHANCED_DBS)));
        assertTrue(missing.contains(new CheckSlot(CheckType.REFERENCE, 1)), "a rejected reference is still needed");
        assertTrue(missing.contains(new CheckSlot(CheckType.REFERENCE, 2)));
        assertTrue(missing.contains(CheckSlot.of(CheckType.TRAINING_FIRST_AID)), "an expired check is needed again");
        assertEquals(7, missing.size());
    }

    @Test
    void aCheckCanBeSentAgainWhenRejectedExpiredOrExpiringButNotWhileWaitingOrInDate() {
        CheckSlot firstAid = CheckSlot.of(CheckType.TRAINING_FIRST_AID);
        assertTrue(progress().maySubmit(firstAid));
        assertTrue(progress(ACheck.of(CheckType.TRAINING_FIRST_AID).rejected()).maySubmit(firstAid));
        assertTrue(progress(ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(TODAY.minusDays(1)).verified())
                .maySubmit(firstAid));
        assertTrue(progress(ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(TODAY.plusDays(30)).verified())
                .maySubmit(firstAid));
        assertTrue(progress(ACheck.of(CheckType.TRAINING_FIRST_AID).submitted()).whyNotSubmit(firstAid).orElseThrow()
                .contains("already sent your first aid training"));
        assertTrue(progress(ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(TODAY.plusDays(31)).verified())
                .whyNotSubmit(firstAid).orElseThrow().contains("verified until"));
        assertTrue(progress(ACheck.of(CheckType.IDENTITY).verified()).whyNotSubmit(CheckSlot.of(CheckType.IDENTITY))
                .orElseThrow().contains("does not need renewing"));
    }

    @Test
    void aSubmissionReplacesRejectedAndExpiredChecksButAnExpiringOneKeepsItsBadgeUntilTheNewOneIsVerified() {
        CheckSlot firstAid = CheckSlot.of(CheckType.TRAINING_FIRST_AID);
        VettingCheck rejected = ACheck.of(CheckType.TRAINING_FIRST_AID).rejected();
        VettingCheck expired = ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(TODAY.minusDays(1)).verified();
        VettingCheck expiring = ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(TODAY.plusDays(5)).verified();
        assertEquals(List.of(rejected, expired), progress(rejected, expired, expiring).replacedBySubmission(firstAid));

        VettingCheck renewal = ACheck.of(CheckType.TRAINING_FIRST_AID).expiringOn(TODAY.plusYears(3)).verified();
        assertEquals(List.of(expiring), progress(expiring, renewal).replacedByVerifying(renewal));
    }
}

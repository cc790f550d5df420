package care.circles.vetting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class CheckDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static CheckDetails dbs(String issuedOn, String updateService) {
        return CheckDetails.of(CheckSlot.of(CheckType.ENHANCED_DBS), Map.of(
                CheckDetails.CERTIFICATE_NUMBER, "0012 3456 7890",
                CheckDetails.ISSUED_ON, issuedOn,
                CheckDetails.UPDATE_SERVICE, updateService), TODAY);
    }

    private static CheckDetails training(CheckType type, String completedOn) {
        return CheckDetails.of(CheckSlot.of(type), Map.of(CheckDetails.COMPLETED_ON, completedOn), TODAY);
    }

    private static List<String> fieldsWithProblems(Runnable attempt) {
        return assertThrows(InvalidInputException.class, attempt::run).problems().stream()
                .map(FieldProblem::field).toList();
    }

    @Test
    void dbsIsRenewedThreeYearsAfterIssue() {
        CheckDetails details = dbs("2024-02-29", "no");
        assertEquals(LocalDate.of(2027, 2, 28), details.expiresOn());
        assertEquals("001234567890", details.referenceNumber(), "spaces are dropped from the number");
        assertEquals(Boolean.FALSE, details.updateService());
    }

    @Test
    void dbsOnTheUpdateServiceNeverNeedsRenewing() {
        assertNull(dbs("2015-01-10", "yes").expiresOn());
    }

    @Test
    void dbsMoreThanThreeYearsOldAndNotOnTheUpdateServiceIsRefused() {
        assertEquals(List.of(CheckDetails.ISSUED_ON), fieldsWithProblems(() -> dbs("2022-06-14", "no")));
        assertEquals(LocalDate.of(2025, 6, 15), dbs("2022-06-15", "no").expiresOn(), "still in date today");
    }

    @Test
    void insuranceRunsUntilThePolicyEnds() {
        CheckDetails details = CheckDetails.of(CheckSlot.of(CheckType.PUBLIC_LIABILITY_INSURANCE), Map.of(
                CheckDetails.INSURER, "Dorset Mutual", CheckDetails.POLICY_NUMBER, "PL-99812",
                CheckDetails.POLICY_ENDS_ON, "31/1/2026"), TODAY);
        assertEquals(LocalDate.of(2026, 1, 31), details.expiresOn());
        assertEquals("Dorset Mutual", details.provider());
    }

    @Test
    void insuranceThatHasEndedIsRefused() {
        assertEquals(List.of(CheckDetails.POLICY_ENDS_ON), fieldsWithProblems(() -> CheckDetails.of(
                CheckSlot.of(CheckType.PUBLIC_LIABILITY_INSURANCE), Map.of(CheckDetails.INSURER, "Dorset Mutual",
                        CheckDetails.POLICY_NUMBER, "PL-99812", CheckDetails.POLICY_ENDS_ON, "2025-06-15"), TODAY)));
    }

    @Test
    void firstAidLastsThreeYearsAndMovingAndHandlingOne() {
        assertEquals(LocalDate.of(2027, 9, 1), training(CheckType.TRAINING_FIRST_AID, "2024-09-01").expiresOn());
        assertEquals(LocalDate.of(2025, 9, 1), training(CheckType.TRAINING_MOVING_AND_HANDLING, "2024-09-01").expiresOn());
    }

    @Test
    void theCareCertificateIdentityRightToWorkAndReferencesDoNotExpire() {
        assertNull(training(CheckType.TRAINING_CARE_CERTIFICATE, "2010-01-01").expiresOn());
        assertNull(CheckDetails.of(CheckSlot.of(CheckType.IDENTITY), Map.of(CheckDetails.PHOTO_ID, "Passport"), TODAY)
                .expiresOn());
        assertNull(CheckDetails.of(CheckSlot.of(CheckType.RIGHT_TO_WORK),
                Map.of(CheckDetails.RIGHT_TO_WORK_PROOF, "British or Irish passport"), TODAY).expiresOn());
        assertNull(CheckDetails.of(new CheckSlot(CheckType.REFERENCE, 2), Map.of(CheckDetails.REFEREE_NAME, "Ann Lee",
                CheckDetails.REFEREE_RELATIONSHIP, "My manager at the day centre"), TODAY).expiresOn());
    }

    @Test
    void trainingThatHasRunOutIsRefused() {
        assertEquals(List.of(CheckDetails.COMPLETED_ON),
                fieldsWithProblems(() -> training(CheckType.TRAINING_MOVING_AND_HANDLING, "2024-06-14")));
    }

    @Test
    void datesInTheFutureOrNotRealAreRefused() {
        assertEquals(List.of(CheckDetails.COMPLETED_ON),
                fieldsWithProblems(() -> training(CheckType.TRAINING_FIRST_AID, "2025-06-16")));
        assertEquals(List.of(CheckDetails.COMPLETED_ON),
                fieldsWithProblems(() -> training(CheckType.TRAINING_FIRST_AID, "31/2/2025")));
        assertEquals(List.of(CheckDetails.COMPLETED_ON),
                fieldsWithProblems(() -> training(CheckType.TRAINING_FIRST_AID, "last spring")));
    }

    @Test
    void everyMissingDbsAnswerIsReportedAtOnce() {
        assertEquals(List.of(CheckDetails.CERTIFICATE_NUMBER, CheckDetails.ISSUED_ON, CheckDetails.UPDATE_SERVICE),
                fieldsWithProblems(() -> CheckDetails.of(CheckSlot.of(CheckType.ENHANCED_DBS), Map.of(), TODAY)));
    }

    @Test
    void aDbsCertificateNumberMustBeTwelveDigits() {
        assertEquals(List.of(CheckDetails.CERTIFICATE_NUMBER), fieldsWithProblems(() -> CheckDetails.of(
                CheckSlot.of(CheckType.ENHANCED_DBS), Map.of(CheckDetails.CERTIFICATE_NUMBER, "12345",
                        CheckDetails.ISSUED_ON, "2025-01-01", CheckDetails.UPDATE_SERVICE, "yes"), TODAY)));
    }

    @Test
    void aShareCodeIsNeededWhenChosenAsProof() {
        assertEquals(List.of(CheckDetails.SHARE_CODE), fieldsWithProblems(() -> CheckDetails.of(
                CheckSlot.of(CheckType.RIGHT_TO_WORK), Map.of(CheckDetails.RIGHT_TO_WORK_PROOF, "Home Office share code"),
                TODAY)));
        assertEquals("W4X7ZN2QK", CheckDetails.of(CheckSlot.of(CheckType.RIGHT_TO_WORK), Map.of(
                CheckDetails.RIGHT_TO_WORK_PROOF, "Home Office share code", CheckDetails.SHARE_CODE, "w4x 7zn 2qk"), TODAY)
                .referenceNumber());
    }

    @Test
    void onlyTheListedPhotoIdsAreAccepted() {
        assertEquals(List.of(CheckDetails.PHOTO_ID), fieldsWithProblems(() -> CheckDetails.of(
                CheckSlot.of(CheckType.IDENTITY), Map.of(CheckDetails.PHOTO_ID, "Library card"), TODAY)));
    }

    @Test
    void aReferenceNeedsTheRefereeAndHowTheyKnowThePa() {
        assertEquals(List.of(CheckDetails.REFEREE_NAME, CheckDetails.REFEREE_RELATIONSHIP), fieldsWithProblems(
                () -> CheckDetails.of(new CheckSlot(CheckType.REFERENCE, 1), Map.of(), TODAY)));
    }

    @Test
    void factsListWhatThePaSaidInWords() {
        List<Fact> facts = dbs("2024-02-29", "no").facts();
        assertTrue(facts.contains(new Fact("Certificate number", "001234567890")));
        assertTrue(facts.contains(new Fact("Issued on", "29 February 2024")));
        assertTrue(facts.contains(new Fact("On the DBS update service", "No")));
        assertTrue(facts.contains(new Fact("Renew by", "28 February 2027")));
    }

    @Test
    void thereAreTwoReferencesAndOneOfEverythingElse() {
        assertEquals(9, CheckSlot.all().size());
        assertThrows(IllegalArgumentException.class, () -> new CheckSlot(CheckType.REFERENCE, 3));
        assertThrows(IllegalArgumentException.class, () -> new CheckSlot(CheckType.IDENTITY, 2));
        assertEquals("Reference 2", new CheckSlot(CheckType.REFERENCE, 2).label());
    }
}

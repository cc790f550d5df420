package care.circles.it;

import static care.circles.vetting.entity.CheckDetails.COMPLETED_ON;
import static care.circles.vetting.entity.CheckDetails.INSURER;
import static care.circles.vetting.entity.CheckDetails.ISSUED_ON;
import static care.circles.vetting.entity.CheckDetails.PHOTO_ID;
import static care.circles.vetting.entity.CheckDetails.POLICY_ENDS_ON;
import static care.circles.vetting.entity.CheckDetails.POLICY_NUMBER;
import static care.circles.vetting.entity.CheckDetails.UPDATE_SERVICE;
import static care.circles.vetting.entity.CheckDetails.CERTIFICATE_NUMBER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.files.control.FileStore;
import care.circles.files.entity.StoredFile;
import care.circles.files.entity.Upload;
import care.circles.platform.InvalidInputException;
import care.circles.vetting.boundary.NightlyExpirySweep;
import care.circles.vetting.control.VettingChecks;
import care.circles.vetting.control.VettingRecords;
import care.circles.vetting.entity.CheckDetails;
import care.circles.vetting.entity.CheckSlot;
import care.circles.vetting.entity.CheckStatus;
import care.circles.vetting.entity.CheckType;
import care.circles.vetting.entity.TransitionRefused;
import care.circles.vetting.entity.VerifiedCheck;
import care.circles.vetting.entity.VettingCheck;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Vetting checks on the real stack: PAs send checks with evidence, council staff verify or
 * reject them, expiry is judged by date, the audit log and the change event follow every
 * decision, and evidence files reach nobody but their owner and the council.
 */
@ExtendWith(ArquillianExtension.class)
class VettingIT {

    private static final String PASSWORD = "Correct-horse-battery";
    private static final String DEMO_PASSWORD = "Demo-password-1";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final long TEN_MB = 10L * 1024 * 1024;

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(VettingChangedLog.class, WebSession.class, WebSession.FilePart.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    VettingChecks vetting;

    @Inject
    VettingRecords records;

    @Inject
    FileStore files;

    @Inject
    Accounts accounts;

    @Inject
    VettingChangedLog changes;

    @Inject
    NightlyExpirySweep sweep;

    @PersistenceContext
    EntityManager em;

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Test
    void personalCareAndBadgesReachSearchOnlyOnceIdentityAndDbsAreVerified() throws Exception {
        String token = "zv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Account pa = newPa();
        profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials("Carer " + token, "Dorchester", "15.00",
                "Personal care and meals " + token, Set.of("PERSONAL_CARE", "MEALS")), gazetteer::find, taxonomy.current()));
        HttpProbe http = new HttpProbe(base);
        String search = "/api/v1/pas?q=" + token;
        HttpResponse<String> before = http.getUntil(search, r -> r.body().contains("Carer " + token), Duration.ofSeconds(10));
        assertTrue(before.body().contains("\"skills\":[\"MEALS\"]"), "personal care stays hidden: " + before.body());
        assertTrue(before.body().contains("\"checks\":[]"), before.body());
        assertEquals(0, total(http.get(search + "&skills=PERSONAL_CARE")));

        vetting.verify(council(), sendPhotoId(pa).id(), null, today());
        vetting.verify(council(), sendDbs(pa, today().minusMonths(2)).id(), null, today());

        HttpResponse<String> after = http.getUntil(search + "&skills=PERSONAL_CARE&checks=ENHANCED_DBS,IDENTITY",
                r -> total(r) == 1, Duration.ofSeconds(10));
        assertEquals(1, total(after), "verified ID and DBS let the PA offer personal care: " + after.body());
        assertTrue(after.body().contains("\"type\":\"ENHANCED_DBS\""), "the DBS badge is listed with its date");
        assertTrue(after.body().contains("\"verifiedOn\":\"" + today() + "\""), after.body());
    }

    private static long total(HttpResponse<String> response) {
        String body = response.body();
        int at = body.indexOf("\"total\":");
        return response.statusCode() != 200 || at < 0 ? -1
                : Long.parseLong(body.substring(at + 8, body.indexOf(',', at)));
    }

    @Test
    void aCheckOnceVerifiedIsABadgeAndEveryStepIsAuditedAndAnnounced() {
        Account pa = newPa();
        VettingCheck sent = sendPhotoId(pa);
        assertEquals(CheckStatus.SUBMITTED, sent.status());
        assertTrue(records.currentlyVerified(pa.id(), today()).isEmpty(), "a waiting check is no badge");
        assertEquals(1, audited("VETTING_CHECK_SUBMITTED", sent.id(), pa.id()));
        long eventsBefore = changes.countFor(pa.id());

        vetting.verify(council(), sent.id(), "Seen on a video call", today());

        assertEquals(List.of(new VerifiedCheck(CheckType.IDENTITY, today(), null)),
                records.currentlyVerified(pa.id(), today()));
        assertEquals(1, audited("VETTING_CHECK_VERIFIED", sent.id(), council().id()));
        assertTrue(auditDetail("VETTING_CHECK_VERIFIED", sent.id()).contains("Seen on a video call"));
        assertEquals(eventsBefore + 1, changes.countFor(pa.id()), "search hears of the verification");
    }

    @Test
    void rejectingNeedsAReasonWhichThePaThenSees() {
        Account pa = newPa();
        VettingCheck sent = sendDbs(pa, today().minusMonths(2));
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> vetting.reject(council(), sent.id(), "   "));
        assertEquals("reason", noReason.problems().get(0).field());
        assertEquals("SUBMITTED", statusOf(sent.id()), "nothing changes without a reason");
        long eventsBefore = changes.countFor(pa.id());

        vetting.reject(council(), sent.id(), "The certificate number is hard to read. Send a clearer scan.");

        VettingCheck seenByPa = vetting.progressFor(pa, pa.id(), today()).current().get(0);
        assertEquals(CheckStatus.REJECTED, seenByPa.status());
        assertEquals("The certificate number is hard to read. Send a clearer scan.", seenByPa.decisionNote());
        assertEquals(1, audited("VETTING_CHECK_REJECTED", sent.id(), council().id()));
        assertTrue(auditDetail("VETTING_CHECK_REJECTED", sent.id()).contains("hard to read"), "the reason is audited");
        assertEquals(eventsBefore + 1, changes.countFor(pa.id()));
    }

    @Test
    void aRejectedCheckSentAgainIsSupersededByTheNewOne() {
        Account pa = newPa();
        VettingCheck first = sendPhotoId(pa);
        vetting.reject(council(), first.id(), "The photo is blurred");
        long eventsBefore = changes.countFor(pa.id());

        VettingCheck second = sendPhotoId(pa);

        assertEquals("SUPERSEDED", statusOf(first.id()));
        assertEquals("SUBMITTED", statusOf(second.id()));
        assertEquals(1, audited("VETTING_CHECK_SUPERSEDED", first.id(), pa.id()));
        assertEquals(eventsBefore + 1, changes.countFor(pa.id()), "search hears of the superseded check");
        assertEquals(List.of(second.id()), vetting.progressFor(pa, pa.id(), today()).current().stream()
                .map(VettingCheck::id).toList(), "the PA sees only the new one");
    }

    @Test
    void verifyingTwiceOrVerifyingARejectedCheckIsRefused() {
        Account pa = newPa();
        VettingCheck verified = sendPhotoId(pa);
        vetting.verify(council(), verified.id(), null, today());
        TransitionRefused twice = assertThrows(TransitionRefused.class,
                () -> vetting.verify(council(), verified.id(), null, today()));
        assertTrue(twice.getMessage().contains("already verified"), twice.getMessage());
        assertThrows(TransitionRefused.class, () -> vetting.reject(council(), verified.id(), "Changed my mind"));
        assertEquals(1, audited("VETTING_CHECK_VERIFIED", verified.id(), council().id()), "the refusal wrote nothing");

        VettingCheck rejected = sendDbs(pa, today().minusMonths(1));
        vetting.reject(council(), rejected.id(), "Wrong certificate");
        assertThrows(TransitionRefused.class, () -> vetting.verify(council(), rejected.id(), null, today()));
        assertEquals("REJECTED", statusOf(rejected.id()));
    }

    @Test
    void aSecondSubmissionWhileOneIsWaitingIsRefused() {
        Account pa = newPa();
        sendPhotoId(pa);
        TransitionRefused refused = assertThrows(TransitionRefused.class, () -> sendPhotoId(pa));
        assertTrue(refused.getMessage().contains("already sent"), refused.getMessage());
        assertEquals(1, vetting.progressFor(pa, pa.id(), today()).current().size());
    }

    @Test
    void aCheckPastItsExpiryDateIsNoBadgeAndTheSweepRecordsItsExpiry() {
        Account pa = newPa();
        LocalDate then = today().minusDays(390);
        // Moving and handling done 400 days ago, sent and verified 390 days ago: it ran out 35 days ago.
        VettingCheck check = send(pa, CheckSlot.of(CheckType.TRAINING_MOVING_AND_HANDLING),
                Map.of(COMPLETED_ON, then.minusDays(10).toString()), then);
        vetting.verify(council(), check.id(), null, then);
        assertTrue(check.expiresOn().isBefore(today().minusDays(30)), "ran out about 35 days ago");

        assertEquals(1, records.currentlyVerified(pa.id(), then).size(), "it was a badge while in date");
        assertTrue(records.currentlyVerified(pa.id(), today()).isEmpty(), "no badge once past its expiry date");
        assertEquals(CheckStatus.EXPIRED, vetting.progressFor(pa, pa.id(), today()).current().get(0).statusOn(today()));
        assertTrue(vetting.expiringSoon(council(), today(), 1, 1000).items().stream()
                .noneMatch(l -> l.check().id().equals(check.id())), "an expired check is not 'expiring'");
        long eventsBefore = changes.countFor(pa.id());

        assertTrue(vetting.recordExpired(today()) >= 1);

        assertEquals("EXPIRED", statusOf(check.id()));
        assertEquals(1, audited("VETTING_CHECK_EXPIRED", check.id(), null));
        assertEquals(eventsBefore + 1, changes.countFor(pa.id()), "search hears of the expiry");
        vetting.recordExpired(today());
        assertEquals(1, audited("VETTING_CHECK_EXPIRED", check.id(), null), "recorded once, however often the sweep runs");
    }

    @Test
    void theExpirySweepIsScheduledToRunWithinADay() {
        Instant next = sweep.nextRun().orElseThrow(() -> new AssertionError("the nightly sweep has no timer"));
        assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plus(Duration.ofHours(25))), next.toString());
    }

    @Test
    void theExpiringListShowsACheckDueInTenDaysButNotOneDueInForty() {
        Account pa = newPa();
        VettingCheck insurance = sendInsurance(pa, today().plusDays(10));
        VettingCheck firstAid = send(pa, CheckSlot.of(CheckType.TRAINING_FIRST_AID),
                Map.of(COMPLETED_ON, today().minusYears(3).plusDays(40).toString()), today());
        vetting.verify(council(), insurance.id(), null, today());
        vetting.verify(council(), firstAid.id(), null, today());
        assertTrue(firstAid.expiresOn().isAfter(today().plusDays(35)), "runs out about 40 days from now");

        List<Long> expiring = vetting.expiringSoon(council(), today(), 1, 1000).items().stream()
                .map(l -> l.check().id()).toList();
        assertTrue(expiring.contains(insurance.id()), "due in 10 days");
        assertFalse(expiring.contains(firstAid.id()), "due in 40 days");
    }

    @Test
    void anExpiringCheckKeepsItsBadgeUntilItsRenewalIsVerified() {
        Account pa = newPa();
        VettingCheck old = sendInsurance(pa, today().plusDays(10));
        vetting.verify(council(), old.id(), null, today());

        VettingCheck renewal = sendInsurance(pa, today().plusDays(375));
        assertEquals("VERIFIED", statusOf(old.id()), "the old policy still counts while the new one waits");
        assertEquals(today().plusDays(10), badge(pa, CheckType.PUBLIC_LIABILITY_INSURANCE).expiresOn());

        vetting.verify(council(), renewal.id(), null, today());
        assertEquals("SUPERSEDED", statusOf(old.id()));
        assertEquals(1, audited("VETTING_CHECK_SUPERSEDED", old.id(), council().id()));
        assertEquals(today().plusDays(375), badge(pa, CheckType.PUBLIC_LIABILITY_INSURANCE).expiresOn());
    }

    @Test
    void personalCareNeedsAVerifiedPhotoIdAndEnhancedDbsBothInDate() {
        Account pa = newPa();
        assertFalse(records.mayOfferPersonalCare(pa.id(), today()), "nothing verified yet");
        VettingCheck id = sendPhotoId(pa);
        vetting.verify(council(), id.id(), null, today());
        assertFalse(records.mayOfferPersonalCare(pa.id(), today()), "photo ID alone is not enough");
        VettingCheck dbs = sendDbs(pa, today().minusYears(1));
        assertFalse(records.mayOfferPersonalCare(pa.id(), today()), "a DBS waiting for the council does not count");
        vetting.verify(council(), dbs.id(), null, today());
        assertTrue(records.mayOfferPersonalCare(pa.id(), today()));
        assertFalse(records.mayOfferPersonalCare(pa.id(), today().plusYears(2).plusDays(1)),
                "not once the DBS is past its renewal date");
    }

    @Test
    void aPaCannotSeeOrOpenAnotherPasChecksOrEvidence() {
        Account owner = newPa();
        Account other = newPa();
        VettingCheck check = sendPhotoId(owner);
        long fileId = check.evidenceFileId();

        assertThrows(SecurityException.class, () -> vetting.progressFor(other, owner.id(), today()));
        assertThrows(SecurityException.class, () -> vetting.check(other, check.id()));
        assertThrows(SecurityException.class, () -> files.readableBy(fileId, other));
        Account dpHolder = accounts.byEmail(EmailAddress.of("dp@demo.circles.test")).orElseThrow();
        assertThrows(SecurityException.class, () -> files.readableBy(fileId, dpHolder));
        assertThrows(SecurityException.class, () -> vetting.check(dpHolder, check.id()));

        assertTrue(vetting.check(owner, check.id()).isPresent());
        assertTrue(files.readableBy(fileId, owner).isPresent());
        assertTrue(vetting.check(council(), check.id()).isPresent());
        assertTrue(files.readableBy(fileId, council()).isPresent());
    }

    @Test
    void onlyCouncilStaffListOrDecideChecks() {
        Account pa = newPa();
        VettingCheck check = sendPhotoId(pa);
        assertThrows(SecurityException.class, () -> vetting.verify(pa, check.id(), null, today()));
        assertThrows(SecurityException.class, () -> vetting.reject(pa, check.id(), "I reject myself"));
        assertThrows(SecurityException.class, () -> vetting.waiting(pa, null, 1, 20));
        assertThrows(SecurityException.class, () -> vetting.expiringSoon(pa, today(), 1, 20));
        assertThrows(SecurityException.class, () -> vetting.submit(council(), photoIdDetails(), pdf(), today()),
                "council staff do not send checks of their own");
        assertEquals("SUBMITTED", statusOf(check.id()));
    }

    @Test
    void theQueueIsOldestFirstAndFiltersByType() {
        Account pa = newPa();
        VettingCheck photoId = sendPhotoId(pa);
        VettingCheck dbs = sendDbs(pa, today().minusDays(20));
        List<Long> all = vetting.waiting(council(), null, 1, 100_000).items().stream().map(l -> l.check().id()).toList();
        assertTrue(all.indexOf(photoId.id()) < all.indexOf(dbs.id()), "older first");
        List<Long> dbsOnly = vetting.waiting(council(), CheckType.ENHANCED_DBS, 1, 100_000).items().stream()
                .map(l -> l.check().id()).toList();
        assertTrue(dbsOnly.contains(dbs.id()));
        assertFalse(dbsOnly.contains(photoId.id()));
        assertEquals(pa.email().value(), vetting.waiting(council(), CheckType.ENHANCED_DBS, 1, 100_000).items().stream()
                .filter(l -> l.check().id().equals(dbs.id())).findFirst().orElseThrow().paEmail());
    }

    @Test
    void uploadsAreJudgedByTheirContentNotTheirName() {
        Account pa = newPa();
        InvalidInputException renamed = assertThrows(InvalidInputException.class, () -> vetting.submit(pa,
                photoIdDetails(), Upload.of("passport.pdf", "This is a text file, not a PDF".getBytes(StandardCharsets.UTF_8)),
                today()));
        assertEquals(VettingChecks.EVIDENCE_FIELD, renamed.problems().get(0).field());
        assertTrue(renamed.problems().get(0).message().contains("PDF, JPEG or PNG"));
        assertTrue(vetting.progressFor(pa, pa.id(), today()).current().isEmpty(), "no check is kept without evidence");
        assertEquals(0, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM stored_file WHERE owner_account_id = ?")
                .setParameter(1, pa.id()).getSingleResult()).intValue(), "and no file row either");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        VettingCheck accepted = vetting.submit(pa, photoIdDetails(), Upload.of("passport.pdf", png), today());
        StoredFile kept = files.find(accepted.evidenceFileId()).orElseThrow();
        assertEquals("image/png", kept.kind().contentType(), "the content decides, not the name");
        assertEquals("passport.pdf.png", kept.originalName().value());
    }

    @Test
    void uploadsThatAreTooBigEmptyOrMissingAreRefused() {
        Account pa = newPa();
        Upload tooBig = new Upload("huge.pdf", 1000, () -> new SequenceInputStream(new ByteArrayInputStream(PDF),
                new ZeroBytes(TEN_MB)));
        assertTrue(problemWith(pa, tooBig).contains("smaller than 10 MB"), "the bytes that arrive count, not the declared size");
        assertTrue(problemWith(pa, new Upload("big.pdf", TEN_MB + 1, () -> new ByteArrayInputStream(PDF)))
                .contains("smaller than 10 MB"));
        assertTrue(problemWith(pa, Upload.of("empty.pdf", new byte[0])).contains("empty"));
        assertTrue(problemWith(pa, new Upload("", 0, () -> InputStream.nullInputStream())).contains("Choose a file"));
        assertTrue(vetting.progressFor(pa, pa.id(), today()).current().isEmpty());
    }

    @Test
    void acceptedEvidenceIsKeptUnderARandomNameWithItsHash() throws Exception {
        Account pa = newPa();
        VettingCheck check = vetting.submit(pa, photoIdDetails(), Upload.of("C:\\scans\\my \"passport\".pdf", PDF), today());
        StoredFile kept = files.find(check.evidenceFileId()).orElseThrow();
        assertTrue(kept.storageName().matches("[0-9a-f]{64}"), kept.storageName());
        assertFalse(kept.storageName().contains("passport"));
        assertEquals("my passport.pdf", kept.originalName().value());
        assertEquals(PDF.length, kept.sizeBytes());
        assertEquals(pa.id(), kept.ownerAccountId());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), kept.sha256());
        try (InputStream stored = files.open(kept)) {
            assertArrayEquals(PDF, stored.readAllBytes());
        }
        assertTrue(auditDetail("VETTING_CHECK_SUBMITTED", check.id()).contains(kept.sha256()),
                "the audit log names the exact evidence");
    }

    @Test
    @RunAsClient
    void evidenceIsDownloadedOnlyByItsOwnerAndCouncilStaff() {
        WebSession pa = WebSession.registered(base, "PA", uniqueEmail(), PASSWORD);
        HttpResponse<String> sent = pa.submit("/pa/check.xhtml?type=IDENTITY", "checkForm", "Send to the council",
                Map.of(PHOTO_ID, "Passport"), new WebSession.FilePart("evidence", "my passport.pdf", "application/pdf", PDF));
        assertEquals(302, sent.statusCode(), sent.body());
        String next = sent.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
        assertTrue(next.startsWith("/pa/checks.xhtml?sent="), next);
        String list = pa.get(next).body();
        assertTrue(list.contains("has been sent to the council"), "the PA is told it was sent");
        assertTrue(list.contains("Waiting for the council"));
        String file = "/files/" + WebSession.find(list, "/files/([0-9]+)");

        HttpResponse<byte[]> own = pa.download(file);
        assertEquals(200, own.statusCode());
        assertArrayEquals(PDF, own.body());
        assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(own.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(own.headers().firstValue("Content-Disposition").orElse("").contains("my passport.pdf"));
        assertEquals("nosniff", own.headers().firstValue("X-Content-Type-Options").orElse(""));

        HttpResponse<byte[]> otherPa = WebSession.signedIn(base, "pa@demo.circles.test", DEMO_PASSWORD).download(file);
        assertEquals(403, otherPa.statusCode());
        assertFalse(new String(otherPa.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(403, WebSession.signedIn(base, "dp@demo.circles.test", DEMO_PASSWORD).download(file).statusCode());

        HttpResponse<byte[]> anonymous = WebSession.anonymous(base).download(file);
        assertEquals(302, anonymous.statusCode(), "sent to sign in");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("sign-in.xhtml"));
        assertFalse(new String(anonymous.body(), StandardCharsets.ISO_8859_1).contains("%PDF"));

        WebSession council = WebSession.signedIn(base, "council@demo.circles.test", DEMO_PASSWORD);
        assertArrayEquals(PDF, council.download(file).body());
        assertEquals(404, council.download("/files/987654321012").statusCode());
        assertEquals(404, council.download("/files/not-a-number").statusCode());
    }

    @Test
    @RunAsClient
    void aTextFileRenamedPdfIsRefusedOnTheForm() {
        WebSession pa = WebSession.registered(base, "PA", uniqueEmail(), PASSWORD);
        HttpResponse<String> refused = pa.submit("/pa/check.xhtml?type=TRAINING_CARE_CERTIFICATE", "checkForm",
                "Send to the council", Map.of(COMPLETED_ON, "2024-05-01"),
                new WebSession.FilePart("evidence", "certificate.pdf", "application/pdf",
                        "Dear council, here is my certificate".getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("The selected file must be a PDF, JPEG or PNG"), refused.body());
        assertTrue(pa.get("/pa/checks.xhtml").body().contains("You have not sent any checks yet"));
    }

    @Test
    @RunAsClient
    void checkPagesAreForTheirRolesOnly() {
        WebSession anonymous = WebSession.anonymous(base);
        assertEquals(302, anonymous.get("/pa/checks.xhtml").statusCode());
        assertEquals(302, anonymous.get("/council/checks.xhtml").statusCode());
        WebSession pa = WebSession.signedIn(base, "pa@demo.circles.test", DEMO_PASSWORD);
        assertEquals(403, pa.get("/council/checks.xhtml").statusCode());
        assertEquals(403, pa.get("/council/check.xhtml?id=1").statusCode());
        assertEquals(403, pa.get("/council/checks-expiring.xhtml").statusCode());
        assertEquals(404, pa.get("/pa/check.xhtml?type=NO_SUCH_CHECK").statusCode());
    }

    // ---- helpers ----

    private LocalDate today() {
        return vetting.today();
    }

    private Account newPa() {
        return accounts.register(EmailAddress.of(uniqueEmail()), NewPassword.of(PASSWORD, PASSWORD), Role.PA);
    }

    private static String uniqueEmail() {
        return "vetting-" + UUID.randomUUID() + "@example.test";
    }

    private Account council() {
        return accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
    }

    private static Upload pdf() {
        return Upload.of("evidence.pdf", PDF);
    }

    private CheckDetails photoIdDetails() {
        return CheckDetails.of(CheckSlot.of(CheckType.IDENTITY), Map.of(PHOTO_ID, "Passport"), today());
    }

    private VettingCheck send(Account pa, CheckSlot slot, Map<String, String> answers, LocalDate on) {
        return vetting.submit(pa, CheckDetails.of(slot, answers, on), pdf(), on);
    }

    private VettingCheck sendPhotoId(Account pa) {
        return vetting.submit(pa, photoIdDetails(), pdf(), today());
    }

    private VettingCheck sendDbs(Account pa, LocalDate issuedOn) {
        return send(pa, CheckSlot.of(CheckType.ENHANCED_DBS), Map.of(CERTIFICATE_NUMBER, "001234567890",
                ISSUED_ON, issuedOn.toString(), UPDATE_SERVICE, "no"), today());
    }

    private VettingCheck sendInsurance(Account pa, LocalDate endsOn) {
        return send(pa, CheckSlot.of(CheckType.PUBLIC_LIABILITY_INSURANCE), Map.of(INSURER, "Wessex Mutual",
                POLICY_NUMBER, "PL-" + endsOn, POLICY_ENDS_ON, endsOn.toString()), today());
    }

    private VerifiedCheck badge(Account pa, CheckType type) {
        return records.currentlyVerified(pa.id(), today()).stream().filter(b -> b.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " badge"));
    }

    private String problemWith(Account pa, Upload upload) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> vetting.submit(pa, photoIdDetails(), upload, today()));
        assertEquals(VettingChecks.EVIDENCE_FIELD, refused.problems().get(0).field());
        return refused.problems().get(0).message();
    }

    private String statusOf(long checkId) {
        return (String) em.createNativeQuery("SELECT status FROM vetting_check WHERE id = ?")
                .setParameter(1, checkId).getSingleResult();
    }

    private int audited(String action, long checkId, Long actorId) {
        String actor = actorId == null ? "actor_account_id IS NULL" : "actor_account_id = " + actorId;
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject_type = "
                + "'vetting_check' AND subject_id = ? AND " + actor)
                .setParameter(1, action).setParameter(2, checkId).getSingleResult()).intValue();
    }

    private String auditDetail(String action, long checkId) {
        return (String) em.createNativeQuery("SELECT detail FROM audit_event WHERE action = ? AND subject_id = ? "
                + "AND subject_type = 'vetting_check'")
                .setParameter(1, action).setParameter(2, checkId).getSingleResult();
    }

    /** A stream of zero bytes that is never held in memory. */
    private static final class ZeroBytes extends InputStream {
        private long left;

        ZeroBytes(long count) {
            left = count;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}

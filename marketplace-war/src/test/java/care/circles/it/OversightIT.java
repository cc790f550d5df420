package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import care.circles.account.control.AccountIdentityStore;
import care.circles.account.control.Accounts;
import care.circles.account.control.CouncilStaff;
import care.circles.account.entity.Account;
import care.circles.account.entity.CouncilColleague;
import care.circles.account.entity.CouncilDuty;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditLog;
import care.circles.audit.entity.AuditLine;
import care.circles.audit.entity.AuditQuery;
import care.circles.finance.control.FinanceAudit;
import care.circles.messaging.control.Conversations;
import care.circles.messaging.entity.MessageText;
import care.circles.oversight.control.CouncilQueues;
import care.circles.oversight.entity.QueueSummary;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfileDetails;
import care.circles.payment.control.PaymentRequestInbox;
import care.circles.payments.Money;
import care.circles.payments.request.Funding;
import care.circles.payments.request.NewPaymentRequest;
import care.circles.place.control.Gazetteer;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.Platform;
import care.circles.privacy.control.PersonalData;
import care.circles.privacy.entity.PersonalDataSection;
import care.circles.safeguarding.control.Safeguarding;
import care.circles.safeguarding.entity.ConcernReport;
import care.circles.safeguarding.entity.ConcernStatus;
import care.circles.safeguarding.entity.SafeguardingConcern;
import care.circles.shortlist.control.Shortlist;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Safeguarding concerns, council duties, the audit log, the council's queues and the limits on
 * sign-in and reporting, on the real stack.
 */
@ExtendWith(ArquillianExtension.class)
class OversightIT {

    private static final String COUNCIL = "council@demo.circles.test";
    private static final String PASSWORD = "Correct-horse-battery";
    private static final String MAILBOX = "safeguarding@council.test";

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(FormSession.class, MailTrap.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Safeguarding safeguarding;

    @Inject
    CouncilStaff staff;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog auditLog;

    @Inject
    FinanceAudit finance;

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource database;

    @Inject
    CouncilQueues queues;

    @Inject
    PersonalData personalData;

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    Conversations conversations;

    @Inject
    Shortlist shortlist;

    @Inject
    PaymentRequestInbox paymentInbox;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    // ---- Report a concern, over HTTP as people do it ------------------------------------------

    @Test
    @RunAsClient
    void anyoneCanReportAConcernWithoutSigningInSeeing999FirstAndKeepingAReference() throws Exception {
        MailTrap.start();
        FormSession reporter = FormSession.anonymousFrom(base, someAddress());
        HttpResponse<String> question = reporter.get("/report-concern.xhtml");
        assertTrue(question.body().contains("Is someone in danger right now?"));
        assertFalse(question.body().contains("id=\"concern\""), "the form waits for the danger question");

        HttpResponse<String> form = reporter.get("/report-concern.xhtml?danger=yes");
        assertTrue(form.body().indexOf("Call 999 now") < form.body().indexOf("<form id=\"concern\""),
                "the emergency numbers come before the form");
        String secret = "took money from her purse " + UUID.randomUUID();
        HttpResponse<String> sent = reporter.submit(form, "concern", "Send the report", Map.of(
                "whatHappened", secret, "whoIsAtRisk", "Mrs Example", "place", "Bridport"));
        assertEquals(302, sent.statusCode());
        String page = reporter.follow(sent).body();
        String reference = FormSession.find(page, "(SG-[0-9A-Z]{4}-[0-9A-Z]{4})");

        MailTrap.Email email = MailTrap.await(e -> e.to().contains(MAILBOX) && e.subject().contains(reference),
                Duration.ofSeconds(30));
        assertTrue(email.subject().startsWith("URGENT"), "someone in danger makes it urgent: " + email.subject());
        assertFalse(email.body().contains(secret), "the details stay behind sign-in");

        FormSession council = FormSession.signedIn(base, COUNCIL, FormSession.DEMO_PASSWORD);
        assertTrue(council.get("/council/safeguarding/index.xhtml").body().contains(reference));
        assertFalse(reporter.follow(sent).body().contains(reference), "the reference shows once, not on reload");
    }

    @Test
    @RunAsClient
    void aReportMissingAnswersSaysWhatToFix() {
        FormSession reporter = FormSession.anonymousFrom(base, someAddress());
        HttpResponse<String> form = reporter.get("/report-concern.xhtml?danger=no");
        HttpResponse<String> refused = reporter.submit(form, "concern", "Send the report", Map.of("whoIsAtRisk", "Someone"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Tell us what happened or what you are worried about"));
        assertTrue(refused.body().contains("Tell us where it happened"));
        assertTrue(refused.body().contains("value=\"Someone\""), "what was typed is kept");
    }

    @Test
    @RunAsClient
    void reportsFromOneAddressAreLimitedSoTheQueueCannotBeFlooded() {
        FormSession reporter = FormSession.anonymousFrom(base, someAddress());
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> sent = reporter.submit(reporter.get("/report-concern.xhtml?danger=no"), "concern",
                    "Send the report", Map.of("whatHappened", "Report " + i, "whoIsAtRisk", "A neighbour", "place", "Wareham"));
            assertEquals(302, sent.statusCode(), "report " + i + " is taken");
        }
        HttpResponse<String> sixth = reporter.submit(reporter.get("/report-concern.xhtml?danger=no"), "concern",
                "Send the report", Map.of("whatHappened", "Report 6", "whoIsAtRisk", "A neighbour", "place", "Wareham"));
        assertEquals(200, sixth.statusCode());
        assertTrue(sixth.body().contains("If someone is in danger, call 999 now"), "the refusal still points to 999");

        FormSession elsewhere = FormSession.anonymousFrom(base, someAddress());
        assertEquals(302, elsewhere.submit(elsewhere.get("/report-concern.xhtml?danger=no"), "concern", "Send the report",
                Map.of("whatHappened", "Report", "whoIsAtRisk", "A neighbour", "place", "Wareham")).statusCode(),
                "someone else is not held up");
    }

    @Test
    @RunAsClient
    void onlyColleaguesWithTheSafeguardingDutySeeConcerns() {
        assertEquals(302, FormSession.anonymous(base).get("/council/safeguarding/index.xhtml").statusCode());
        FormSession pa = FormSession.signedIn(base, "pa@demo.circles.test", FormSession.DEMO_PASSWORD);
        assertEquals(403, pa.get("/council/safeguarding/index.xhtml").statusCode());

        String colleague = "colleague-" + UUID.randomUUID() + "@council.test";
        FormSession admin = FormSession.signedIn(base, COUNCIL, FormSession.DEMO_PASSWORD);
        HttpResponse<String> opened = admin.submit(admin.get("/council/accounts.xhtml"), "councilAccount", "Open account",
                Map.of("email", colleague, "password", PASSWORD, "confirmPassword", PASSWORD));
        assertTrue(opened.body().contains("An account for " + colleague + " is open"), opened.body());

        FormSession plain = FormSession.signedIn(base, colleague, PASSWORD);
        assertEquals(200, plain.get("/council/index.xhtml").statusCode());
        assertEquals(403, plain.get("/council/safeguarding/index.xhtml").statusCode());
        assertEquals(403, plain.get("/council/accounts.xhtml").statusCode());
        assertEquals(403, plain.get("/council/audit.xhtml").statusCode());
        assertFalse(plain.get("/council/index.xhtml").body().contains("Safeguarding concerns not closed"));
    }

    @Test
    @RunAsClient
    void tooManyWrongPasswordsStopSignInToThatAccountForAWhile() {
        String email = "it-" + UUID.randomUUID() + "@example.test";
        FormSession.registered(base, email, PASSWORD, "DP_HOLDER");
        FormSession guesser = FormSession.anonymousFrom(base, someAddress());
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = guesser.submit(guesser.get("/sign-in.xhtml"), "signIn", "Sign in",
                    Map.of("email", email, "password", "guess-" + i));
            assertTrue(wrong.body().contains("The email address or password is not right"), "attempt " + i);
        }
        HttpResponse<String> right = guesser.submit(guesser.get("/sign-in.xhtml"), "signIn", "Sign in",
                Map.of("email", email, "password", PASSWORD));
        assertEquals(200, right.statusCode(), "even the right password waits");
        assertTrue(right.body().contains("too many attempts to sign in"));

        FormSession other = FormSession.anonymousFrom(base, someAddress());
        assertEquals(302, other.submit(other.get("/sign-in.xhtml"), "signIn", "Sign in",
                Map.of("email", "dp@demo.circles.test", "password", FormSession.DEMO_PASSWORD)).statusCode(),
                "other accounts sign in as usual");
    }

    // ---- Safeguarding steps, in the container -----------------------------------------------

    @Test
    void aConcernMovesOnlyByAllowedStepsEachWithANoteAndAnAuditRecord() {
        Account council = council();
        SafeguardingConcern concern = newConcern(false);
        assertEquals(ConcernStatus.NEW, concern.status());

        assertRefused("status", () -> safeguarding.act(council, concern.id(), concern.version(), ConcernStatus.NEW, "Still new"));
        assertRefused("note", () -> safeguarding.act(council, concern.id(), concern.version(), ConcernStatus.ACTING, " "));

        safeguarding.act(council, concern.id(), concern.version(), ConcernStatus.ACTING, "Visited today");
        SafeguardingConcern acting = reload(concern);
        assertRefused("status", () -> safeguarding.act(council, concern.id(), concern.version(), ConcernStatus.CLOSED,
                "Written against an old copy"));
        safeguarding.act(council, concern.id(), acting.version(), ConcernStatus.CLOSED, "Safe now");
        SafeguardingConcern closed = reload(concern);
        assertRefused("status", () -> safeguarding.act(council, concern.id(), closed.version(), ConcernStatus.CLOSED, "Again"));
        safeguarding.act(council, concern.id(), closed.version(), ConcernStatus.ACTING, "Reopened: a second report came in");

        assertEquals(ConcernStatus.ACTING, reload(concern).status());
        assertEquals(List.of(ConcernStatus.ACTING, ConcernStatus.CLOSED, ConcernStatus.ACTING),
                safeguarding.history(council, concern.id()).stream().map(a -> a.status()).toList());
        assertEquals(4, count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'safeguarding_concern' AND subject_id = ?",
                concern.id()), "the report and three steps");
    }

    @Test
    void concernsAreReadOnlyByCouncilUsersWithTheSafeguardingDuty() {
        SafeguardingConcern concern = newConcern(true);
        Account plainColleague = newColleague();
        Account pa = accounts.byEmail(EmailAddress.of("pa@demo.circles.test")).orElseThrow();

        assertThrows(SecurityException.class, () -> safeguarding.concern(plainColleague, concern.id()));
        assertThrows(SecurityException.class, () -> safeguarding.queue(pa, null, 1, 10));
        assertThrows(SecurityException.class,
                () -> safeguarding.act(plainColleague, concern.id(), concern.version(), ConcernStatus.ACTING, "Not mine"));

        staff.grant(council(), plainColleague.id(), CouncilDuty.SAFEGUARDING);
        assertTrue(safeguarding.concern(plainColleague, concern.id()).isPresent());
        staff.revoke(council(), plainColleague.id(), CouncilDuty.SAFEGUARDING);
        assertThrows(SecurityException.class, () -> safeguarding.concern(plainColleague, concern.id()),
                "taking the duty away works at once");
    }

    @Test
    void theQueueShowsConcernsWithSomeoneInDangerFirst() {
        SafeguardingConcern calm = newConcern(false);
        SafeguardingConcern danger = newConcern(true);
        ListPage<SafeguardingConcern> open = safeguarding.queue(council(), ConcernStatus.NEW, 1, 500);
        List<Long> ids = open.items().stream().map(SafeguardingConcern::id).toList();
        assertTrue(ids.indexOf(danger.id()) < ids.indexOf(calm.id()), "danger first, though reported later");
    }

    // ---- Council duties and the audit log ----------------------------------------------------

    @Test
    void adminsGiveAndTakeAwayDutiesAndEachChangeIsAudited() {
        Account admin = council();
        Account colleague = newColleague();
        assertTrue(staff.dutiesOf(colleague.id()).isEmpty(), "a new colleague starts with no duties");

        staff.grant(admin, colleague.id(), CouncilDuty.ADMIN);
        assertTrue(staff.has(colleague, CouncilDuty.ADMIN));
        Account another = newColleague();
        staff.grant(colleague, another.id(), CouncilDuty.SAFEGUARDING);
        staff.revoke(admin, colleague.id(), CouncilDuty.ADMIN);
        assertThrows(SecurityException.class, () -> staff.grant(colleague, another.id(), CouncilDuty.ADMIN),
                "a former admin can no longer change duties");

        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'COUNCIL_DUTY_GRANTED' AND subject_id = ?",
                colleague.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'COUNCIL_DUTY_REVOKED' AND subject_id = ?",
                colleague.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'COUNCIL_DUTY_GRANTED' AND subject_id = ?"
                + " AND actor_account_id = ?", another.id(), colleague.id()));
        Account pa = accounts.byEmail(EmailAddress.of("pa@demo.circles.test")).orElseThrow();
        assertRefused("colleague", () -> staff.grant(admin, pa.id(), CouncilDuty.ADMIN));
    }

    @Test
    void theLastCouncilAdminCannotBeRemoved() {
        Account admin = council();
        List<Long> otherAdmins = staff.colleagues(admin).stream()
                .filter(c -> c.has(CouncilDuty.ADMIN) && c.accountId() != admin.id())
                .map(CouncilColleague::accountId).toList();
        try {
            otherAdmins.forEach(id -> staff.revoke(admin, id, CouncilDuty.ADMIN));
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> staff.revoke(admin, admin.id(), CouncilDuty.ADMIN));
            assertTrue(refused.problems().get(0).message().contains("at least one council admin"));
            assertTrue(staff.has(admin, CouncilDuty.ADMIN));
        } finally {
            otherAdmins.forEach(id -> staff.grant(admin, id, CouncilDuty.ADMIN));
        }
    }

    @Test
    void theAuditLogIsSearchedByPersonActionRecordAndDateByAdminsOnly() {
        Account admin = council();
        Account colleague = newColleague();
        staff.grant(admin, colleague.id(), CouncilDuty.SAFEGUARDING);
        staff.revoke(admin, colleague.id(), CouncilDuty.SAFEGUARDING);

        ListPage<AuditLine> aboutColleague = auditLog.search(admin,
                AuditQuery.of(colleague.email().value(), null, null, null, null, null), 1, 50);
        assertEquals(3, aboutColleague.total(), "opened, granted, revoked");
        assertEquals("Council duty revoked", aboutColleague.items().get(0).action(), "newest first");
        assertEquals(admin.email().value(), aboutColleague.items().get(0).actor());

        ListPage<AuditLine> granted = auditLog.search(admin,
                AuditQuery.of(null, "COUNCIL_DUTY_GRANTED", "account", String.valueOf(colleague.id()), null, null), 1, 50);
        assertEquals(1, granted.total());

        String today = LocalDate.now(Platform.UK).toString();
        assertEquals(3, auditLog.search(admin, AuditQuery.of(colleague.email().value(), null, null, null, today, today),
                1, 50).total());
        assertEquals(0, auditLog.search(admin, AuditQuery.of(colleague.email().value(), null, null, null, "2020-01-01",
                "2020-12-31"), 1, 50).total());

        assertRefused("to", () -> AuditQuery.of(null, null, null, null, "2026-03-10", "2026-03-01"));
        assertRefused("from", () -> AuditQuery.of(null, null, null, null, "yesterday", null));
        assertRefused("subjectId", () -> AuditQuery.of(null, null, "account", "forty", null, null));
        assertThrows(SecurityException.class, () -> auditLog.search(colleague, AuditQuery.of(null, null, null, null,
                null, null), 1, 50));
    }

    @Test
    void theAuditLogRefusesEveryChangeAndRemovalEvenStraightOnTheDatabase() throws SQLException {
        Account admin = council();
        Account colleague = newColleague();
        staff.grant(admin, colleague.id(), CouncilDuty.SAFEGUARDING);
        long record = count("SELECT MAX(id) FROM audit_event WHERE action = 'COUNCIL_DUTY_GRANTED' AND subject_id = ?",
                colleague.id());

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            SQLException changed = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE audit_event SET action = 'NOTHING_HAPPENED' WHERE id = " + record));
            assertTrue(changed.getMessage().contains("append-only"), changed.getMessage());
            SQLException removed = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "DELETE FROM audit_event WHERE id = " + record));
            assertTrue(removed.getMessage().contains("append-only"), removed.getMessage());
            statement.executeUpdate("INSERT INTO audit_event (occurred_at, actor_account_id, action, subject_type,"
                    + " subject_id) VALUES (UTC_TIMESTAMP(6), " + admin.id() + ", 'CHECKED', 'account', " + admin.id() + ")");
        }
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE id = ? AND action = 'COUNCIL_DUTY_GRANTED'", record),
                "the record is as it was written");
    }

    @Test
    void theCouncilsQueuesCountWhatWaitsAndShowSafeguardingOnlyToItsTeam() {
        Account admin = council();
        long before = queue(queues.forCouncilUser(admin), "Safeguarding concerns not closed").waiting();
        newConcern(false);
        QueueSummary after = queue(queues.forCouncilUser(admin), "Safeguarding concerns not closed");
        assertEquals(before + 1, after.waiting());
        assertFalse(after.oldestAge().isBlank());
        assertTrue(queues.forCouncilUser(newColleague()).stream().noneMatch(q -> q.name().startsWith("Safeguarding")));
        Account pa = accounts.byEmail(EmailAddress.of("pa@demo.circles.test")).orElseThrow();
        assertThrows(SecurityException.class, () -> queues.forCouncilUser(pa));

        QueueSummary surpluses = queue(queues.forCouncilUser(admin), "Direct payment accounts with a surplus to review");
        assertEquals(finance.surplusCount(admin), surpluses.waiting());
        assertTrue(surpluses.waiting() >= 1, "the demo has an account holding far more than its contingency");
        assertEquals("Not recorded", surpluses.oldestAge(), "a surplus is worked out afresh: it has no arrival date");
        assertEquals("/council/finance.xhtml?show=surplus", surpluses.link());
    }

    // ---- A person's data: download and erasure ------------------------------------------------

    @Test
    void aPersonsDownloadHoldsEveryPartOfTheirDataAndErasureRemovesItKeepingWhatTheLawNeeds() throws Exception {
        String name = "Erasable " + UUID.randomUUID().toString().substring(0, 8);
        Account pa = accounts.register(EmailAddress.of("it-" + UUID.randomUUID() + "@example.test"),
                NewPassword.of(PASSWORD, PASSWORD), Role.PA);
        long profileId = profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials(name, "Bridport", "15.00",
                "I help with shopping " + name, java.util.Set.of("COMPANIONSHIP")), gazetteer::find, taxonomy.current())).id();
        Account dp = accounts.register(EmailAddress.of("it-" + UUID.randomUUID() + "@example.test"),
                NewPassword.of(PASSWORD, PASSWORD), Role.DP_HOLDER);
        long conversation = conversations.startWithPa(dp, profileId, MessageText.of("Are you free on Fridays?"));
        conversations.reply(pa, conversation, MessageText.of("Yes, my phone number is 07700 900123"));
        shortlist.add(dp, profileId);
        transaction.begin();
        paymentInbox.raise(new NewPaymentRequest("test:erasure-" + pa.id(), dp.id(), pa.id(), Funding.DIRECT_PAYMENT,
                Money.ofPence(3_000), "Two hours with " + name, dp.id()));
        transaction.commit();
        HttpProbe http = new HttpProbe(base);
        http.getUntil("/api/v1/pas?q=" + name.replace(' ', '+'), r -> r.body().contains(name), Duration.ofSeconds(30));

        List<PersonalDataSection> data = personalData.of(pa);
        assertTrue(section(data, "Your account").records().get(0).fields().containsValue(pa.email().value()));
        assertEquals(name, section(data, "Your PA profile").records().get(0).fields().get("Name shown"));
        assertTrue(section(data, "Messages you sent").records().get(0).fields().get("Text").contains("07700 900123"));
        assertEquals(1, section(data, "Payment requests").records().size());

        assertRefused("password", () -> personalData.erase(pa, "wrong-password".toCharArray(), true));
        assertRefused("understood", () -> personalData.erase(pa, PASSWORD.toCharArray(), false));
        assertTrue(profiles.ownedBy(pa).isPresent(), "a refused erasure changes nothing");

        personalData.erase(pa, PASSWORD.toCharArray(), true);

        Account erased = accounts.byId(pa.id()).orElseThrow();
        assertEquals("erased-" + pa.id() + "@erased.invalid", erased.email().value());
        assertEquals(CredentialValidationResult.Status.INVALID, identityStore.validate(
                new UsernamePasswordCredential(pa.email().value(), PASSWORD)).getStatus(), "cannot sign in any more");
        assertTrue(profiles.ownedBy(erased).isEmpty());
        http.getUntil("/api/v1/pas?q=" + name.replace(' ', '+'), r -> !r.body().contains(name), Duration.ofSeconds(30));
        assertTrue(shortlist.entries(dp).isEmpty(), "the profile left the other person's shortlist");
        assertEquals(0, count("SELECT COUNT(*) FROM conversation_message WHERE sender_account_id = ? AND body LIKE '%07700%'",
                pa.id()), "their words are gone");
        assertEquals(1, count("SELECT COUNT(*) FROM conversation_message WHERE sender_account_id = ?", dp.id()),
                "the other person's messages stay");
        assertEquals(1, count("SELECT COUNT(*) FROM payment_request WHERE payee_account_id = ?", pa.id()),
                "financial records are kept");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_ERASED' AND subject_id = ?", pa.id()));

        personalData.erase(dp, PASSWORD.toCharArray(), true);
        assertEquals("erased-" + dp.id() + "@erased.invalid", accounts.byId(dp.id()).orElseThrow().email().value(),
                "someone without a PA profile can be erased too");
        assertEquals(1, count("SELECT COUNT(*) FROM payment_request WHERE payer_account_id = ?", dp.id()),
                "their payment request is kept");
    }

    @Test
    @RunAsClient
    void thePersonsDataDownloadsAsJsonOnlyForThemselves() {
        FormSession dp = FormSession.signedIn(base, "dp@demo.circles.test", FormSession.DEMO_PASSWORD);
        HttpResponse<String> download = dp.get("/account/your-data.json");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(download.body().contains("\"dp@demo.circles.test\""), "their own email is in it");
        assertFalse(download.body().contains("pa@demo.circles.test"), "nobody else's account is");
        assertTrue(dp.get("/account/your-data.xhtml").body().contains("Your account"));
        assertEquals(302, FormSession.anonymous(base).get("/account/your-data.json").statusCode(), "sign in first");
    }

    private static PersonalDataSection section(List<PersonalDataSection> sections, String title) {
        return sections.stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private Account council() {
        return accounts.byEmail(EmailAddress.of(COUNCIL)).orElseThrow();
    }

    private Account newColleague() {
        return accounts.openCouncilAccount(council(), EmailAddress.of("it-" + UUID.randomUUID() + "@council.test"),
                NewPassword.of(PASSWORD, PASSWORD));
    }

    private SafeguardingConcern newConcern(boolean danger) {
        String reference = safeguarding.report(ConcernReport.of("Worried about " + UUID.randomUUID(), "A neighbour",
                "Sherborne", danger ? "yes" : "no", null, null), Optional.empty(), someAddress());
        return em.createQuery("SELECT c FROM SafeguardingConcern c WHERE c.reference = :r", SafeguardingConcern.class)
                .setParameter("r", reference).getSingleResult();
    }

    private SafeguardingConcern reload(SafeguardingConcern concern) {
        return em.createQuery("SELECT c FROM SafeguardingConcern c WHERE c.id = :id", SafeguardingConcern.class)
                .setParameter("id", concern.id())
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .getSingleResult();
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static QueueSummary queue(List<QueueSummary> summaries, String name) {
        return summaries.stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertRefused(String field, Runnable action) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, action::run);
        assertTrue(refused.problems().stream().anyMatch(p -> p.field().equals(field)),
                "expected a problem with " + field + ", got " + refused.problems());
    }
}

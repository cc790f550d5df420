package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.accreditation.control.AccreditationDecisions;
import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.files.control.FileStore;
import care.circles.files.entity.Upload;
import care.circles.isf.control.Isfs;
import care.circles.isf.control.Statements;
import care.circles.isf.entity.Isf;
import care.circles.isf.entity.IsfRefused;
import care.circles.isf.entity.IsfStatus;
import care.circles.isf.entity.IsfSummary;
import care.circles.isf.entity.IsfView;
import care.circles.isf.entity.IssuedStatement;
import care.circles.isf.entity.NewIsf;
import care.circles.isf.entity.NewSpend;
import care.circles.isf.entity.Spend;
import care.circles.isf.entity.StatementView;
import care.circles.payments.Money;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.ledger.LedgerCheck;
import care.circles.platform.InvalidInputException;
import care.circles.provider.control.Organisations;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Individual service funds on the real stack: who may hold and create them, the overspend
 * refusal, corrections by reversal, statement totals, and that nobody sees an ISF that is not
 * theirs (a broker never sees another broker's).
 */
@ExtendWith(ArquillianExtension.class)
class IsfIT {

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(ProviderFixtures.class, WebSession.class, WebSession.FilePart.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ProviderFixtures fixtures;

    @Inject
    Isfs isfs;

    @Inject
    Statements statements;

    @Inject
    Organisations organisations;

    @Inject
    AccreditationDecisions decisions;

    @Inject
    FileStore files;

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Test
    void onlyAnOrganisationAccreditedAsAnIsfProviderCanHoldAnIsf() {
        Account notAccredited = fixtures.ownerOfNewOrganisation("Plain " + token());
        fixtures.accredited(notAccredited, AccreditationKind.DORSET_CARE_FRAMEWORK);
        IsfRefused refused = assertThrows(IsfRefused.class, () -> isfs.create(fixtures.council(), newIsf(notAccredited, "12000.00")));
        assertTrue(refused.getMessage().contains("not accredited as an ISF provider"), refused.getMessage());
        assertThrows(IsfRefused.class, () -> isfs.create(notAccredited, newIsf(notAccredited, "12000.00")));
        assertEquals(0L, countIsfs(holder(notAccredited)));
    }

    @Test
    void anIsfKeepsTheTownThePersonLivesInAndAnUnknownTownIsRefused() {
        Account broker = broker();
        Function<String, Optional<Long>> gazetteer = town -> "DT6".equals(town) ? Optional.of(bridport())
                : Optional.empty();
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> NewIsf.of(holder(broker),
                "Person " + token(), null, null, "1000.00", "Swim weekly", today().toString(), "Atlantis", today(),
                isfs::personAccount, gazetteer));
        assertEquals(List.of(NewIsf.HOME_TOWN), unknown.problems().stream().map(p -> p.field()).toList());

        Isf isf = isfs.create(fixtures.council(), NewIsf.of(holder(broker), "Person " + token(), null, null, "1000.00",
                "Swim weekly", today().toString(), "DT6", today(), isfs::personAccount, gazetteer));
        assertEquals(bridport(), ((Number) em.createNativeQuery("SELECT place_id FROM isf WHERE id = ?")
                .setParameter(1, isf.id()).getSingleResult()).longValue(), "the market view counts it in Bridport");
    }

    private long bridport() {
        return ((Number) em.createNativeQuery("SELECT id FROM place WHERE name = 'Bridport'").getSingleResult()).longValue();
    }

    @Test
    void councilStaffCreateAFundedIsfWhileABrokersProposalWaitsForConfirmation() throws Exception {
        Account broker = broker();
        Isf byCouncil = isfs.create(fixtures.council(), newIsf(broker, "12480.00"));
        assertEquals(IsfStatus.ACTIVE, byCouncil.status());
        assertEquals(Money.ofPence(1_248_000), isfs.balance(byCouncil));
        assertEquals(1, audited("ISF_CREATED", byCouncil.id()));
        assertEquals(1, audited("ISF_CONFIRMED", byCouncil.id()));

        Isf proposed = isfs.create(broker, newIsf(broker, "5000.00"));
        assertEquals(IsfStatus.PENDING, proposed.status());
        assertEquals(Money.ZERO, isfs.balance(proposed), "not funded until the council confirms it");
        assertThrows(IsfRefused.class, () -> spend(broker, proposed, "10.00", today()));
        assertThrows(SecurityException.class, () -> isfs.confirm(broker, proposed.id()), "a broker cannot confirm its own");

        isfs.confirm(fixtures.council(), proposed.id());
        assertEquals(Money.ofPence(500_000), isfs.balance(em.find(Isf.class, proposed.id())));
        assertEquals(1, audited("ISF_PROPOSED", proposed.id()));
        assertTrue(ledgerCheck().isSound(), "the ledger balances");
    }

    @Test
    void councilStaffDeclineAProposalWithAReasonAndItIsNeverFunded() {
        Account broker = broker();
        Isf proposed = isfs.create(broker, newIsf(broker, "2500.00"));
        assertThrows(InvalidInputException.class, () -> isfs.decline(fixtures.council(), proposed.id(), " "),
                "the organisation is told why");
        assertThrows(SecurityException.class, () -> isfs.decline(broker, proposed.id(), "Not needed"));

        isfs.decline(fixtures.council(), proposed.id(), "The person chose a direct payment instead");

        Isf declined = em.find(Isf.class, proposed.id());
        assertEquals(IsfStatus.DECLINED, declined.status());
        assertEquals("The person chose a direct payment instead", declined.decisionNote());
        assertEquals(Money.ZERO, isfs.balance(declined), "never funded");
        assertThrows(IsfRefused.class, () -> isfs.confirm(fixtures.council(), proposed.id()), "a declined ISF stays declined");
        assertThrows(IsfRefused.class, () -> spend(broker, declined, "1.00", today()));
        assertEquals(1, audited("ISF_DECLINED", proposed.id()));
        assertEquals(0, audited("ISF_CONFIRMED", proposed.id()));
        assertTrue(auditDetail("ISF_DECLINED", proposed.id()).contains("chose a direct payment"), "the why is audited");
    }

    @Test
    void aHolderWhoseIsfAccreditationIsSuspendedSpendsNothingUntilReinstatedWhileTheFundStaysReadable() {
        Account broker = fixtures.ownerOfNewOrganisation("Suspended Broker " + token());
        Accreditation accreditation = fixtures.accredited(broker, AccreditationKind.ISF_PROVIDER);
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "1000.00"));
        Spend line = spend(broker, isf, "100.00", today());

        decisions.suspend(fixtures.council(), accreditation.id(), "Checking how the funds are accounted for");

        IsfRefused refused = assertThrows(IsfRefused.class, () -> spend(broker, isf, "10.00", today()));
        assertTrue(refused.getMessage().contains("ISF provider or broker accreditation is suspended"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Suspended Broker"), "names the holder: " + refused.getMessage());
        assertThrows(IsfRefused.class, () -> isfs.reverse(broker, isf.id(), line.id(), "Entered twice"),
                "no corrections either");
        assertEquals(1, lines(isf).size(), "nothing recorded");
        assertEquals(Money.ofPence(90_000), isfs.balance(isf));
        IsfRefused noNewIsf = assertThrows(IsfRefused.class, () -> isfs.create(fixtures.council(), newIsf(broker, "50.00")));
        assertTrue(noNewIsf.getMessage().contains("not accredited as an ISF provider"), noNewIsf.getMessage());

        IsfSummary onCouncilList = councilListed(isf);
        assertTrue(onCouncilList.isHolderNoLongerAccredited(), "flagged for the council to act on");
        assertTrue(onCouncilList.holderNotAccredited().contains("suspended"), onCouncilList.holderNotAccredited());
        assertEquals(Money.ofPence(90_000), onCouncilList.balance(), "the balance still reads");
        assertTrue(isfs.ofHolder(broker).stream().anyMatch(s -> s.isf().id().equals(isf.id())
                && s.isHolderNoLongerAccredited()), "the holder still reads its ISF, flagged");
        assertEquals(1, isfs.view(broker, isf.id()).orElseThrow().lines().size());
        assertEquals(1, audited("ISF_HOLDER_NOT_ACCREDITED", isf.id(), fixtures.council().id()),
                "the ISF's own audit trail says when its holder stopped being accredited, and who did it");

        decisions.reinstate(fixtures.council(), accreditation.id(), "The accounts were in order");

        spend(broker, isf, "10.00", today());
        assertEquals(Money.ofPence(89_000), isfs.balance(isf));
        assertFalse(councilListed(isf).isHolderNoLongerAccredited());
        assertEquals(1, audited("ISF_HOLDER_ACCREDITED_AGAIN", isf.id(), fixtures.council().id()));
    }

    @Test
    void aWithdrawnIsfAccreditationStopsSpendingAndSaysSo() {
        Account broker = fixtures.ownerOfNewOrganisation("Withdrawn Broker " + token());
        Accreditation accreditation = fixtures.accredited(broker, AccreditationKind.ISF_PROVIDER);
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "300.00"));

        decisions.withdraw(fixtures.council(), accreditation.id(), "Did not keep receipts");

        IsfRefused refused = assertThrows(IsfRefused.class, () -> spend(broker, isf, "10.00", today()));
        assertTrue(refused.getMessage().contains("accreditation was withdrawn"), refused.getMessage());
        assertTrue(councilListed(isf).holderNotAccredited().contains("withdrawn"));
        assertFalse(councilListed(isf).holderNotAccredited().contains("Did not keep receipts"),
                "the council's reason stays between the council and the organisation");
        assertEquals(1, audited("ISF_HOLDER_NOT_ACCREDITED", isf.id(), fixtures.council().id()));
        assertEquals(Money.ofPence(30_000), isfs.balance(isf));
    }

    @Test
    void anIsfAccreditationPastItsExpiryDateStopsSpendingAtOnceAndTheSweepRecordsItOnTheIsf() {
        Account broker = fixtures.ownerOfNewOrganisation("Lapsed Broker " + token());
        Accreditation accreditation = fixtures.accredited(broker, AccreditationKind.ISF_PROVIDER, today().minusDays(100),
                today().plusDays(30));
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "300.00"));
        spend(broker, isf, "20.00", today());

        fixtures.expiresOn(accreditation, today().minusDays(1));

        IsfRefused refused = assertThrows(IsfRefused.class, () -> spend(broker, isf, "10.00", today()),
                "refused on the first day past expiry, before any sweep");
        assertTrue(refused.getMessage().contains("accreditation ran out on"), refused.getMessage());
        assertTrue(councilListed(isf).isHolderNoLongerAccredited());
        assertEquals(0, audited("ISF_HOLDER_NOT_ACCREDITED", isf.id()));

        decisions.recordLapsed(today());

        assertEquals(1, audited("ISF_HOLDER_NOT_ACCREDITED", isf.id(), null), "the nightly sweep writes it, as no one");
        assertEquals(Money.ofPence(28_000), isfs.balance(isf));
    }

    @Test
    void aBrokerCanOnlyProposeAnIsfForItsOwnOrganisation() {
        Account broker = broker();
        Account otherBroker = broker();
        assertThrows(SecurityException.class, () -> isfs.create(broker, newIsf(otherBroker, "100.00")));
    }

    @Test
    void spendingThatWouldOverspendIsRefusedWithWhatIsLeftAndWritesNothing() {
        Account broker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "100.00"));
        spend(broker, isf, "60.00", today());
        long linesBefore = lines(isf).size();

        IsfRefused refused = assertThrows(IsfRefused.class, () -> spend(broker, isf, "40.01", today()));

        assertTrue(refused.getMessage().contains("£40.00 left"), refused.getMessage());
        assertTrue(refused.getMessage().contains("£40.01"), refused.getMessage());
        assertEquals(linesBefore, lines(isf).size(), "nothing recorded");
        assertEquals(Money.ofPence(4_000), isfs.balance(isf));
        spend(broker, isf, "40.00", today());
        assertEquals(Money.ZERO, isfs.balance(isf), "exactly what is left can be spent");
    }

    @Test
    void aCorrectionReversesALineWhichStaysAsItWasAndIsReversedOnce() throws Exception {
        Account broker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "500.00"));
        Spend line = spend(broker, isf, "120.00", today());
        assertThrows(InvalidInputException.class, () -> isfs.reverse(broker, isf.id(), line.id(), ""), "a reason is needed");

        Spend reversal = isfs.reverse(broker, isf.id(), line.id(), "Entered twice");

        assertEquals(Money.ofPence(-12_000), reversal.amount());
        assertEquals(line.id(), reversal.reversesId());
        assertEquals(Money.ofPence(50_000), isfs.balance(isf));
        assertEquals(12_000L, ((Number) em.createNativeQuery("SELECT amount_pence FROM isf_spend WHERE id = ?")
                .setParameter(1, line.id()).getSingleResult()).longValue(), "the original is never changed");
        assertThrows(IsfRefused.class, () -> isfs.reverse(broker, isf.id(), line.id(), "Again"));
        assertThrows(IsfRefused.class, () -> isfs.reverse(broker, isf.id(), reversal.id(), "Undo the undo"));
        assertEquals(1, audited("ISF_SPEND_REVERSED", isf.id()));
        assertTrue(ledgerCheck().isSound());
    }

    @Test
    void theSameSpendingSentTwiceIsRecordedOnce() {
        Account broker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "300.00"));
        NewSpend spend = NewSpend.of(today().toString(), "Swimming", "Leisure centre", "25.00", outcome(isf), today());
        Spend first = isfs.recordSpend(broker, isf.id(), spend, null, "form-1");
        Spend again = isfs.recordSpend(broker, isf.id(), spend, null, "form-1");
        assertEquals(first.id(), again.id());
        assertEquals(Money.ofPence(27_500), isfs.balance(isf));
    }

    @Test
    void aStatementAddsUpItsMonthAndOnceIssuedThatMonthCannotChange() throws Exception {
        Account broker = broker();
        LocalDate start = today().minusMonths(2).withDayOfMonth(1);
        Isf isf = isfs.create(fixtures.council(), NewIsf.of(holder(broker), "Sam Statement", null, null, "1200.00",
                "Get to the lunch club\nKeep my garden", start.toString(), today(), isfs::personAccount));
        YearMonth first = YearMonth.from(start);
        spend(broker, isf, "100.00", start.plusDays(2));
        spend(broker, isf, "50.50", start.plusDays(20));
        spend(broker, isf, "30.00", start.plusMonths(1).plusDays(3));

        IssuedStatement statement = statements.issue(broker, isf.id(), first);

        assertEquals(Money.ZERO, statement.opening());
        assertEquals(Money.ofPence(120_000), statement.moneyIn());
        assertEquals(Money.ofPence(15_050), statement.spent());
        assertEquals(Money.ofPence(104_950), statement.closing());
        StatementView view = statements.view(broker, statement.id()).orElseThrow();
        assertEquals(2, view.figures().lines().size(), "only the month's own lines");
        String csv = statements.csv(view);
        assertTrue(csv.startsWith("Date,What,Supplier,Outcome,Amount\r\n"), csv);
        assertTrue(csv.contains("-100.00") && csv.contains("-50.50"), csv);
        assertTrue(csv.contains("Balance at the end of the month,,,1049.50"), csv);
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII),
                java.util.Arrays.copyOf(statements.pdf(view), 4), "a real PDF");
        InvalidInputException closed = assertThrows(InvalidInputException.class,
                () -> spend(broker, isf, "5.00", start.plusDays(25)));
        assertTrue(closed.problems().get(0).message().contains("has been issued"), closed.problems().toString());
        assertThrows(IsfRefused.class, () -> statements.issue(broker, isf.id(), first), "issued once");
        assertThrows(IsfRefused.class, () -> statements.issue(broker, isf.id(), YearMonth.from(today())),
                "not before the month has ended");

        IssuedStatement second = statements.issue(broker, isf.id(), first.plusMonths(1));
        assertEquals(statement.closing(), second.opening(), "each month starts where the last ended");
        assertEquals(Money.ofPence(3_000), second.spent());
        assertEquals(2, audited("ISF_STATEMENT_ISSUED", isf.id()), "each issue is audited");
    }

    @Test
    void aBrokerNeverSeesAnotherBrokersIsfsOrReceipts() {
        Account broker = broker();
        Account otherBroker = broker();
        Isf isf = isfs.create(fixtures.council(), NewIsf.of(holder(broker), "Private Person", "dp@demo.circles.test", null,
                "900.00", "Go swimming", today().toString(), today(), isfs::personAccount));
        Spend withReceipt = isfs.recordSpend(broker, isf.id(), NewSpend.of(today().toString(), "Swim", "Pool", "5.00",
                outcome(isf), today()), Upload.of("receipt.pdf", ProviderFixtures.PDF), null);

        assertThrows(SecurityException.class, () -> isfs.view(otherBroker, isf.id()));
        assertTrue(isfs.ofHolder(otherBroker).stream().noneMatch(s -> s.isf().id().equals(isf.id())));
        assertThrows(SecurityException.class, () -> isfs.recordSpend(otherBroker, isf.id(),
                NewSpend.of(today().toString(), "Mine now", "Me", "1.00", outcome(isf), today()), null, null));
        assertThrows(SecurityException.class, () -> files.readableBy(withReceipt.receiptFileId(), otherBroker));
        Account stranger = fixtures.newAccount(Role.DP_HOLDER);
        assertThrows(SecurityException.class, () -> isfs.view(stranger, isf.id()));
        assertThrows(SecurityException.class, () -> files.readableBy(withReceipt.receiptFileId(), stranger));

        assertTrue(isfs.ofHolder(broker).stream().anyMatch(s -> s.isf().id().equals(isf.id())));
        assertTrue(isfs.ofPerson(fixtures.dpHolder()).stream().anyMatch(s -> s.isf().id().equals(isf.id())),
                "the person sees their own ISF");
        IsfView seenByPerson = isfs.view(fixtures.dpHolder(), isf.id()).orElseThrow();
        assertEquals(Money.ofPence(89_500), seenByPerson.summary().balance(), "the balance is live");
        assertTrue(files.readableBy(withReceipt.receiptFileId(), fixtures.dpHolder()).isPresent());
        assertTrue(isfs.view(fixtures.council(), isf.id()).isPresent());
    }

    @Test
    void councilStaffSeeEveryIsfWithItsFlags() {
        Account broker = broker();
        LocalDate start = today().minusMonths(3).withDayOfMonth(1);
        Isf isf = isfs.create(fixtures.council(), NewIsf.of(holder(broker), "Flagged Person", null, null, "365.00",
                "Days out", start.toString(), today(), isfs::personAccount));
        spend(broker, isf, "300.00", start.plusDays(1));
        var summary = councilListed(isf);
        assertTrue(summary.hasLateStatements(), "months ended without a statement are late");
        assertEquals("AHEAD", summary.pace().name(), "300 of 365 spent in about 90 days is well ahead");
        assertThrows(SecurityException.class, () -> isfs.all(broker, 1, 10));
    }

    @Test
    @RunAsClient
    void statementsDownloadOnlyForThePersonTheHolderAndTheCouncil() {
        WebSession person = WebSession.signedIn(base, "dp@demo.circles.test", "Demo-password-1");
        String isfPage = person.get("/isf/index.xhtml").body();
        String fund = "/isf/fund.xhtml?id=" + WebSession.find(isfPage, "/isf/fund.xhtml\\?id=([0-9]+)");
        String statement = WebSession.find(person.get(fund).body(), "/isf/statement.xhtml\\?id=([0-9]+)");
        assertTrue(person.get("/isf/statement.xhtml?id=" + statement).body().contains("Balance at the end"));
        HttpResponse<byte[]> pdf = person.download("/isf/statement-file?id=" + statement + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII).equals("%PDF"));
        HttpResponse<byte[]> csv = WebSession.signedIn(base, "broker@demo.circles.test", "Demo-password-1")
                .download("/isf/statement-file?id=" + statement + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("Date,What,Supplier"));

        assertEquals(403, WebSession.signedIn(base, "broker01@demo.circles.test", "Demo-password-1")
                .download("/isf/statement-file?id=" + statement + "&format=pdf").statusCode());
        assertEquals(403, WebSession.signedIn(base, "broker01@demo.circles.test", "Demo-password-1").get(fund).statusCode());
        assertEquals(403, WebSession.signedIn(base, "pa@demo.circles.test", "Demo-password-1").get(fund).statusCode());
        assertEquals(302, WebSession.anonymous(base).get(fund).statusCode());
    }

    // ---- helpers ----

    /** A new organisation accredited as an ISF provider, and its owner. */
    private Account broker() {
        Account owner = fixtures.ownerOfNewOrganisation("Broker " + token());
        fixtures.accredited(owner, AccreditationKind.ISF_PROVIDER);
        return owner;
    }

    private NewIsf newIsf(Account holderOwner, String budget) {
        return NewIsf.of(holder(holderOwner), "Person " + token(), null, null, budget,
                "I want to get out more\nI want to stay at home", today().toString(), today(), isfs::personAccount);
    }

    private Spend spend(Account broker, Isf isf, String amount, LocalDate on) {
        return isfs.recordSpend(broker, isf.id(), NewSpend.of(on.toString(), "Support", "Local supplier", amount,
                outcome(isf), today()), null, null);
    }

    private String outcome(Isf isf) {
        return String.valueOf(isfs.view(fixtures.council(), isf.id()).orElseThrow().outcomes().get(0).id());
    }

    private List<Spend> lines(Isf isf) {
        return isfs.view(fixtures.council(), isf.id()).orElseThrow().lines();
    }

    private long holder(Account owner) {
        return organisations.membershipOf(owner).orElseThrow().providerId();
    }

    private LocalDate today() {
        return isfs.today();
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private long countIsfs(long holder) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM isf WHERE holder_provider_id = ?")
                .setParameter(1, holder).getSingleResult()).longValue();
    }

    private IsfSummary councilListed(Isf isf) {
        return isfs.all(fixtures.council(), 1, 10_000).items().stream().filter(s -> s.isf().id().equals(isf.id()))
                .findFirst().orElseThrow();
    }

    private int audited(String action, long isfId, Long actorId) {
        return auditedWhere(action, isfId, actorId == null ? "actor_account_id IS NULL" : "actor_account_id = " + actorId);
    }

    private int auditedWhere(String action, long isfId, String actor) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject_type = 'isf'"
                + " AND subject_id = ? AND " + actor).setParameter(1, action).setParameter(2, isfId).getSingleResult())
                .intValue();
    }

    private String auditDetail(String action, long isfId) {
        return (String) em.createNativeQuery("SELECT detail FROM audit_event WHERE action = ? AND subject_type = 'isf'"
                + " AND subject_id = ? ORDER BY id DESC LIMIT 1").setParameter(1, action).setParameter(2, isfId)
                .getSingleResult();
    }

    private int audited(String action, long isfId) {
        return auditedWhere(action, isfId, "TRUE");
    }

    private LedgerCheck ledgerCheck() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return new Ledger(java.time.Clock.systemUTC()).check(connection);
        }
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import care.circles.isf.entity.HolderChange;
import care.circles.isf.entity.HolderMove;
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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Individual service funds on the real stack: who may hold and create them, the overspend
 * refusal, corrections by reversal, statement totals, and that nobody sees an ISF that is not
 * theirs (a broker never sees another broker's); council staff moving an ISF to another holder.
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

    @Resource
    ManagedThreadFactory threads;

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

    // ---- moving an ISF to another holder ----

    @Test
    void councilStaffMoveAnIsfToAnAccreditedHolderWithItsMoneySpendingOutcomesAndStatements() throws Exception {
        Account oldBroker = fixtures.ownerOfNewOrganisation("Losing Broker " + token());
        Accreditation accreditation = fixtures.accredited(oldBroker, AccreditationKind.ISF_PROVIDER);
        LocalDate start = today().minusMonths(1).withDayOfMonth(1);
        Isf isf = isfs.create(fixtures.council(), NewIsf.of(holder(oldBroker), "Moving Person " + token(),
                "dp@demo.circles.test", null, "1200.00", "Get to the lunch club\nKeep my garden", start.toString(),
                today(), isfs::personAccount));
        spend(oldBroker, isf, "100.00", start.plusDays(2));
        IssuedStatement statement = statements.issue(oldBroker, isf.id(), YearMonth.from(start));
        spend(oldBroker, isf, "20.00", today());
        decisions.withdraw(fixtures.council(), accreditation.id(), "Did not account for the funds");
        IsfView before = isfs.view(fixtures.council(), isf.id()).orElseThrow();
        Account newBroker = broker();

        HolderMove move = isfs.move(fixtures.council(), isf.id(),
                new HolderChange(holder(newBroker), "The holder's accreditation was withdrawn", version(isf)));

        assertEquals(holder(newBroker), em.find(Isf.class, isf.id()).holderProviderId());
        IsfView after = isfs.view(fixtures.council(), isf.id()).orElseThrow();
        assertEquals(Money.ofPence(108_000), after.summary().balance(), "the balance carries over");
        assertEquals(before.lines().stream().map(Spend::id).toList(), after.lines().stream().map(Spend::id).toList());
        assertEquals(before.outcomes().stream().map(o -> o.words()).toList(), after.outcomes().stream().map(o -> o.words()).toList());
        assertEquals(List.of(statement.id()), after.statements().stream().map(IssuedStatement::id).toList());
        assertTrue(statements.view(fixtures.council(), statement.id()).orElseThrow().holderName().startsWith("Losing Broker"),
                "a statement issued before the move still names the holder that issued it");
        assertFalse(after.summary().isHolderNoLongerAccredited(), "the council's flag clears");
        assertTrue(ledgerCheck().isSound(), "the ledger balances");
        assertEquals(List.of(move.id()), isfs.moves(isf.id()).stream().map(HolderMove::id).toList());
    }

    @Test
    void aMoveWritesAnAuditRecordOfWhoWhenWhyAndFromWhichHolderToWhich() {
        Account oldBroker = broker();
        Account newBroker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(oldBroker, "500.00"));
        Account staff = fixtures.councilColleague();

        isfs.move(staff, isf.id(), new HolderChange(holder(newBroker), "The person asked for a local broker", version(isf)));

        assertEquals(1, audited("ISF_HOLDER_MOVED", isf.id(), staff.id()));
        String detail = auditDetail("ISF_HOLDER_MOVED", isf.id());
        assertTrue(detail.contains("from provider " + holder(oldBroker)) && detail.contains("to provider " + holder(newBroker))
                && detail.contains("The person asked for a local broker"), detail);
        Object[] row = (Object[]) em.createNativeQuery("SELECT from_provider_id, to_provider_id, moved_by, reason, moved_at"
                + " FROM isf_holder_move WHERE isf_id = ?").setParameter(1, isf.id()).getSingleResult();
        assertEquals(List.of(holder(oldBroker), holder(newBroker), staff.id(), "The person asked for a local broker"),
                List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), row[3]));
        assertTrue(row[4] != null, "when");
        assertThrows(java.sql.SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.createStatement().executeUpdate("UPDATE isf_holder_move SET reason = 'Changed' WHERE isf_id = "
                        + isf.id());
            }
        }, "a move is never changed");
    }

    @Test
    void theOldHolderLosesTheIsfAtOnceAndTheNewHolderSpendsFromIt() {
        Account oldBroker = broker();
        Account newBroker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(oldBroker, "300.00"));
        Spend line = spend(oldBroker, isf, "50.00", today());

        isfs.move(fixtures.council(), isf.id(), new HolderChange(holder(newBroker), "Moved for the test", version(isf)));

        assertThrows(SecurityException.class, () -> isfs.view(oldBroker, isf.id()));
        assertTrue(isfs.ofHolder(oldBroker).stream().noneMatch(s -> s.isf().id().equals(isf.id())));
        assertThrows(SecurityException.class, () -> spend(oldBroker, isf, "1.00", today()));
        assertTrue(isfs.ofHolder(newBroker).stream().anyMatch(s -> s.isf().id().equals(isf.id())));
        spend(newBroker, isf, "25.00", today());
        isfs.reverse(newBroker, isf.id(), line.id(), "The old holder entered it twice");
        assertEquals(Money.ofPence(27_500), isfs.balance(isf));
    }

    @Test
    void thePersonAndTheOldAndNewHoldersAreToldOfAMove() {
        Account oldBroker = broker();
        Account newBroker = broker();
        Isf isf = isfs.create(fixtures.council(), NewIsf.of(holder(oldBroker), "Told Person " + token(),
                "dp@demo.circles.test", null, "400.00", "Go swimming", today().toString(), today(), isfs::personAccount));

        isfs.move(fixtures.council(), isf.id(), new HolderChange(holder(newBroker), "Moved for the test", version(isf)));

        assertEquals(1, notified(oldBroker, "%moved the ISF for " + isf.personName() + " to another holder%",
                "/provider/isfs.xhtml"), "the old holder, sent to its list: it can no longer open the ISF");
        assertEquals(1, notified(newBroker, "%moved the ISF for " + isf.personName() + " to you%", fundLink(isf)));
        assertEquals(1, notified(fixtures.dpHolder(), "%holds your individual service fund from now on%", fundLink(isf)));
    }

    @Test
    void anIsfIsNotMovedToTheHolderItHasAlready() {
        Account broker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "300.00"));

        assertHolderRefused(isf, broker, "held by this organisation already");
        assertNothingMoved(isf, broker);
    }

    @Test
    void anIsfIsNotMovedToAnOrganisationThatIsNotAccreditedToHoldIsfs() {
        Account broker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "300.00"));
        Account frameworkOnly = fixtures.ownerOfNewOrganisation("Framework Only " + token());
        fixtures.accredited(frameworkOnly, AccreditationKind.DORSET_CARE_FRAMEWORK);
        Account suspended = fixtures.ownerOfNewOrganisation("Suspended " + token());
        decisions.suspend(fixtures.council(), fixtures.accredited(suspended, AccreditationKind.ISF_PROVIDER).id(),
                "Checking the accounts");

        assertHolderRefused(isf, frameworkOnly, "cannot hold ISFs");
        assertHolderRefused(isf, suspended, "cannot hold ISFs");
        assertNothingMoved(isf, broker);
    }

    @Test
    void anIsfThatIsNotInUseCannotMove() {
        Account broker = broker();
        Account newBroker = broker();
        Isf declined = isfs.create(broker, newIsf(broker, "300.00"));
        isfs.decline(fixtures.council(), declined.id(), "Not needed");
        Isf waiting = isfs.create(broker, newIsf(broker, "300.00"));

        IsfRefused closed = assertThrows(IsfRefused.class, () -> isfs.move(fixtures.council(), declined.id(),
                new HolderChange(holder(newBroker), "Move it anyway", version(declined))));
        assertTrue(closed.getMessage().contains("is closed"), closed.getMessage());
        IsfRefused notConfirmed = assertThrows(IsfRefused.class, () -> isfs.move(fixtures.council(), waiting.id(),
                new HolderChange(holder(newBroker), "Move it anyway", version(waiting))));
        assertTrue(notConfirmed.getMessage().contains("waiting for the council"), notConfirmed.getMessage());
        assertNothingMoved(declined, broker);
        assertNothingMoved(waiting, broker);
    }

    @Test
    void aMoveWithoutAReasonIsRefused() {
        Account broker = broker();
        Account newBroker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "300.00"));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> isfs.move(fixtures.council(),
                isf.id(), HolderChange.of(String.valueOf(holder(newBroker)), "  ", String.valueOf(version(isf)))));

        assertEquals(List.of(HolderChange.REASON), refused.problems().stream().map(p -> p.field()).toList());
        assertNothingMoved(isf, broker);
    }

    @Test
    void onlyCouncilStaffCanMoveAnIsf() {
        Account broker = broker();
        Account newBroker = broker();
        Isf isf = isfs.create(fixtures.council(), NewIsf.of(holder(broker), "Person " + token(), "dp@demo.circles.test",
                null, "300.00", "Go swimming", today().toString(), today(), isfs::personAccount));

        for (Account notCouncil : List.of(broker, newBroker, fixtures.dpHolder())) {
            assertThrows(SecurityException.class, () -> isfs.move(notCouncil, isf.id(),
                    new HolderChange(holder(newBroker), "I would like to move it", version(isf))), notCouncil.role().name());
        }
        assertNothingMoved(isf, broker);
    }

    @Test
    void aMoveMadeAfterTheStaffMemberLookedIsRefusedNotRepeated() {
        Account broker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "300.00"));
        long seen = version(isf);
        Account second = broker();
        isfs.move(fixtures.council(), isf.id(), new HolderChange(holder(second), "First decision", seen));

        IsfRefused refused = assertThrows(IsfRefused.class, () -> isfs.move(fixtures.council(), isf.id(),
                new HolderChange(holder(broker()), "Second decision, on the same page", seen)));

        assertTrue(refused.getMessage().contains("Someone else changed this ISF"), refused.getMessage());
        assertEquals(holder(second), em.find(Isf.class, isf.id()).holderProviderId());
        assertEquals(1, audited("ISF_HOLDER_MOVED", isf.id()));
    }

    @Test
    void twoStaffMovingTheSameIsfAtOnceDoNotBothSucceed() throws Exception {
        Account broker = broker();
        Isf isf = isfs.create(fixtures.council(), newIsf(broker, "300.00"));
        long seen = version(isf);
        List<Long> targets = List.of(holder(broker()), holder(broker()));
        List<Account> staff = List.of(fixtures.councilColleague(), fixtures.councilColleague());
        // Managed threads, so each move runs in the container with a transaction of its own.
        ExecutorService pool = Executors.newFixedThreadPool(2, threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                HolderChange change = new HolderChange(targets.get(i), "Racing move " + i, seen);
                Account mover = staff.get(i);
                tries.add(pool.submit(() -> {
                    go.await();
                    try {
                        isfs.move(mover, isf.id(), change);
                        return true;
                    } catch (IsfRefused changedMeanwhile) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int moved = 0;
            for (Future<Boolean> attempt : tries) {
                moved += attempt.get(120, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, moved, "one move goes through, the other is told the ISF changed");
        } finally {
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
        // The managed threads close this invocation's non-transactional entity manager as they end: read with JDBC.
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(1L, count(connection, "SELECT COUNT(*) FROM isf_holder_move WHERE isf_id = " + isf.id()));
            assertEquals(1L, count(connection, "SELECT COUNT(*) FROM audit_event WHERE action = 'ISF_HOLDER_MOVED'"
                    + " AND subject_id = " + isf.id()));
            assertEquals(1L, count(connection, "SELECT COUNT(*) FROM isf i JOIN isf_holder_move m ON m.isf_id = i.id"
                    + " AND m.to_provider_id = i.holder_provider_id WHERE i.id = " + isf.id()), "held where the move says");
        }
    }

    /** Moving the ISF to this owner's organisation is refused, beside the field that chooses it. */
    private void assertHolderRefused(Isf isf, Account newHolderOwner, String because) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> isfs.move(fixtures.council(),
                isf.id(), new HolderChange(holder(newHolderOwner), "Moving it there", version(isf))));
        assertEquals(HolderChange.NEW_HOLDER, refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains(because), refused.getMessage());
    }

    private void assertNothingMoved(Isf isf, Account holderOwner) {
        assertEquals(holder(holderOwner), em.find(Isf.class, isf.id()).holderProviderId());
        assertEquals(0, audited("ISF_HOLDER_MOVED", isf.id()));
        assertEquals(List.of(), isfs.moves(isf.id()));
    }

    private long version(Isf isf) {
        return em.find(Isf.class, isf.id()).version();
    }

    private int notified(Account account, String messageLike, String link) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification WHERE account_id = ? AND message LIKE ?"
                + " AND link = ?").setParameter(1, account.id()).setParameter(2, messageLike).setParameter(3, link)
                .getSingleResult()).intValue();
    }

    private static String fundLink(Isf isf) {
        return "/isf/fund.xhtml?id=" + isf.id();
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
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

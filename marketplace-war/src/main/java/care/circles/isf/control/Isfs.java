package care.circles.isf.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.Role;
import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.audit.control.AuditTrail;
import care.circles.files.control.FileStore;
import care.circles.files.entity.StoredFile;
import care.circles.files.entity.Upload;
import care.circles.isf.entity.HolderChange;
import care.circles.isf.entity.HolderMove;
import care.circles.isf.entity.Isf;
import care.circles.isf.entity.IsfRefused;
import care.circles.isf.entity.IsfSummary;
import care.circles.isf.entity.IsfView;
import care.circles.isf.entity.IssuedStatement;
import care.circles.isf.entity.NewIsf;
import care.circles.isf.entity.NewSpend;
import care.circles.isf.entity.Outcome;
import care.circles.isf.entity.Spend;
import care.circles.isf.entity.SpendingPace;
import care.circles.notification.control.Notifications;
import care.circles.payments.Money;
import care.circles.payments.ledger.JournalEntry;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import care.circles.provider.control.Organisations;
import care.circles.provider.entity.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Individual service funds: creating them (council staff at once; a broker's proposal waits for
 * the council), recording and reversing spending, and who may see what. Only an organisation
 * accredited as an ISF provider today can be given a new ISF. A broker sees only the ISFs its
 * own organisation holds; the person and their representative see theirs; the council sees all.
 * Every change to money is audited in its own transaction, with the ledger entry beside it.
 */
@ApplicationScoped
public class Isfs {

    static final String SUBJECT = "isf";
    /** A month's statement is due by this day of the next month. */
    public static final int STATEMENT_DUE_DAY = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Accreditations accreditations;

    @Inject
    Accounts accounts;

    @Inject
    IsfLedger ledger;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    /** Finds the account of a person who gets care and support (a DP holder account) by email. */
    public Optional<Long> personAccount(String email) {
        try {
            return accounts.byEmail(EmailAddress.of(email)).filter(a -> a.role() == Role.DP_HOLDER).map(Account::id);
        } catch (InvalidInputException notAnEmail) {
            return Optional.empty();
        }
    }

    /** Organisations that may be given a new ISF today. */
    public List<Organisation> holders() {
        Set<Long> accredited = accreditations.activeByProvider(today()).entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(a -> a.kind() == AccreditationKind.ISF_PROVIDER))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return accredited.stream().map(organisations::find).flatMap(Optional::stream)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /**
     * Council staff create an ISF, in use at once and funded; a provider or broker proposes one
     * for their own organisation, which waits for the council.
     *
     * @throws IsfRefused when the holder is not accredited as an ISF provider today
     */
    @Transactional
    public Isf create(Account actor, NewIsf details) {
        boolean council = actor.role() == Role.COUNCIL;
        if (!council) {
            organisations.requireMember(actor, details.holderProviderId());
        }
        Organisation holder = organisations.lock(details.holderProviderId());
        if (!accreditations.isAccredited(holder.id(), AccreditationKind.ISF_PROVIDER)) {
            throw new IsfRefused(holder.name() + " is not accredited as an ISF provider or broker, so it cannot hold"
                    + " individual service funds. It can apply for that accreditation first.");
        }
        Isf isf = new Isf(details, actor.id(), clock.instant());
        em.persist(isf);
        em.flush();
        for (int i = 0; i < details.outcomes().size(); i++) {
            em.persist(new Outcome(isf.id(), i + 1, details.outcomes().get(i)));
        }
        audit.record(actor.id(), council ? "ISF_CREATED" : "ISF_PROPOSED", SUBJECT, isf.id(),
                "for " + isf.personName() + ", held by provider " + holder.id() + ", annual budget "
                        + isf.annualBudget() + " from " + isf.startDate());
        if (council) {
            activate(isf, actor);
        }
        return isf;
    }

    /** Council staff confirm a broker's proposed ISF: it is funded and in use from now. */
    @Transactional
    public Isf confirm(Account council, long isfId) {
        requireCouncil(council);
        Isf isf = locked(isfId);
        if (!accreditations.isAccredited(isf.holderProviderId(), AccreditationKind.ISF_PROVIDER)) {
            throw new IsfRefused("The organisation is no longer accredited as an ISF provider, so this ISF cannot be"
                    + " confirmed. Decline it instead.");
        }
        activate(isf, council);
        return isf;
    }

    @Transactional
    public Isf decline(Account council, long isfId, String reason) {
        requireCouncil(council);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidInputException("declineReason", why.isEmpty()
                    ? "Say why the ISF is not confirmed. The organisation reads this"
                    : "The reason must be 1,000 characters or fewer");
        }
        Isf isf = locked(isfId);
        isf.decline(council.id(), why, clock.instant());
        audit.record(council.id(), "ISF_DECLINED", SUBJECT, isf.id(), why);
        tellHolder(isf, "The council did not confirm the ISF for " + isf.personName() + ".");
        return isf;
    }

    private void activate(Isf isf, Account council) {
        long account = ledger.openAndFund(isf, council.id());
        isf.confirm(council.id(), account, clock.instant());
        audit.record(council.id(), "ISF_CONFIRMED", SUBJECT, isf.id(),
                "funded with " + isf.annualBudget() + " into ledger account " + account);
        tellHolder(isf, "The ISF for " + isf.personName() + " is confirmed and funded.");
        tellPerson(isf, "Your individual service fund with " + holderName(isf)
                + " is ready: you can see its balance and statements.");
    }

    /**
     * Council staff move an ISF to another organisation accredited as an ISF provider today. The
     * money needs no entry: it is in the ISF's own ledger account, which moves with the ISF, as do
     * its spending, outcomes and statements. The old holder loses sight of it at once (every read
     * checks the holder of the moment); the move, the audit record and the notices are one transaction.
     *
     * @throws IsfRefused            when the ISF is not in use, or was changed since the staff member saw it
     * @throws InvalidInputException when the organisation holds it already or may not hold ISFs
     */
    @Transactional
    public HolderMove move(Account council, long isfId, HolderChange change) {
        requireCouncil(council);
        Isf isf = locked(isfId);
        long from = isf.holderProviderId();
        String fromName = holderName(isf);
        isf.moveTo(change);
        Organisation to = organisations.find(change.newHolderId()).map(o -> organisations.lock(o.id()))
                .orElseThrow(() -> new InvalidInputException(HolderChange.NEW_HOLDER, "Choose one of the organisations listed"));
        accreditations.whyNotAccredited(to.id(), AccreditationKind.ISF_PROVIDER).ifPresent(why -> {
            throw new InvalidInputException(HolderChange.NEW_HOLDER, to.name() + " cannot hold ISFs: " + why
                    + ". Choose an organisation accredited as an ISF provider or broker today");
        });
        HolderMove move = new HolderMove(isf.id(), from, change, council.id(), clock.instant());
        em.persist(move);
        em.flush();
        audit.record(council.id(), "ISF_HOLDER_MOVED", SUBJECT, isf.id(), "from provider " + from + " (" + fromName
                + ") to provider " + to.id() + " (" + to.name() + "), balance " + ledger.balance(isf) + ": "
                + change.reason());
        tellOrganisation(from, "The council moved the ISF for " + isf.personName() + " to another holder. You can"
                + " no longer see it or spend from it.", "/provider/isfs.xhtml");
        tellHolder(isf, "The council moved the ISF for " + isf.personName() + " to you from " + fromName
                + ". Its balance and statements came with it.");
        tellPerson(isf, to.name() + " holds your individual service fund from now on, instead of " + fromName
                + ". Your balance, spending and statements stay as they are.");
        return move;
    }

    /** Every move of the ISF between holders, oldest first. */
    public List<HolderMove> moves(long isfId) {
        return em.createNamedQuery(HolderMove.OF_ISF, HolderMove.class).setParameter("isf", isfId).getResultList();
    }

    /**
     * Records spending. Refused, writing nothing, when it would take the ISF below zero; a
     * spending date in a month whose statement is issued is refused too, so statements never change.
     *
     * @param requestKey the same key (one per form shown) records the spending once, however often it is sent
     */
    @Transactional
    public Spend recordSpend(Account member, long isfId, NewSpend spend, Upload receipt, String requestKey) {
        Isf isf = lockedForHolder(member, isfId);
        if (!isf.isActive()) {
            throw new IsfRefused("Spending can be recorded once the council has confirmed the ISF.");
        }
        requireHolderAccredited(isf, "record spending");
        Outcome outcome = em.find(Outcome.class, spend.outcomeId());
        if (outcome == null || outcome.isfId() != isfId) {
            throw new InvalidInputException(NewSpend.OUTCOME, "Choose one of this ISF's outcomes");
        }
        if (spend.spentOn().isBefore(isf.startDate())) {
            throw new InvalidInputException(NewSpend.SPENT_ON, "The ISF started on " + SpokenDate.of(isf.startDate())
                    + ": spending cannot be dated before that");
        }
        if (isIssued(isfId, YearMonth.from(spend.spentOn()))) {
            throw new InvalidInputException(NewSpend.SPENT_ON, "The statement for " + monthName(YearMonth.from(spend.spentOn()))
                    + " has been issued, so it cannot change. Date this spending today and say in what it was for when it was");
        }
        String key = "isf-spend:" + isfId + ":" + (requestKey == null || requestKey.isBlank()
                ? java.util.UUID.randomUUID() : requestKey.strip());
        List<?> already = em.createNativeQuery("SELECT s.id FROM isf_spend s JOIN journal_entry j"
                + " ON j.id = s.journal_entry_id WHERE j.idempotency_key = ?").setParameter(1, key).getResultList();
        if (!already.isEmpty()) {
            return em.find(Spend.class, ((Number) already.get(0)).longValue());
        }
        Money balance = ledger.lockBalance(isf);
        if (spend.amount().isGreaterThan(balance)) {
            throw new IsfRefused("This would overspend the ISF: it has " + balance + " left and this spending is "
                    + spend.amount() + ". Record only what the ISF can pay, or ask the council to review the budget.");
        }
        Long receiptId = null;
        if (receipt != null && !receipt.isNothingChosen()) {
            StoredFile file = files.store(member, receipt, NewSpend.RECEIPT);
            receiptId = file.id();
        }
        JournalEntry entry = ledger.spend(isf, spend.amount(), key, spend.what() + " (" + spend.supplier() + ")", member.id());
        Spend line = new Spend(isfId, spend, receiptId, entry.id(), member.id(), clock.instant());
        em.persist(line);
        em.flush();
        audit.record(member.id(), "ISF_SPEND_RECORDED", SUBJECT, isfId, spend.amount() + " on " + spend.spentOn()
                + " to " + spend.supplier() + " for " + spend.what() + "; ledger entry " + entry.id()
                + (receiptId == null ? "" : "; receipt file " + receiptId));
        return line;
    }

    /**
     * Only a holder accredited as an ISF provider today moves an ISF's money. One whose
     * accreditation is suspended, withdrawn or has run out is refused at once (before any sweep),
     * saying why; it, the person and the council still read the balance, lines and statements.
     */
    private void requireHolderAccredited(Isf isf, String what) {
        accreditations.whyNotAccredited(isf.holderProviderId(), AccreditationKind.ISF_PROVIDER).ifPresent(why -> {
            throw new IsfRefused(why + ", so " + holderName(isf) + " cannot " + what + " on this ISF. The balance"
                    + " and statements stay as they are. Spending can go on once the accreditation is in force again,"
                    + " or once the council has moved the ISF to an accredited holder.");
        });
    }

    /** Corrects a line by reversing it, dated today; the original stays as it was. */
    @Transactional
    public Spend reverse(Account member, long isfId, long spendId, String reason) {
        Isf isf = lockedForHolder(member, isfId);
        requireHolderAccredited(isf, "correct spending");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidInputException("reverseReason", why.isEmpty()
                    ? "Say why this line is being reversed, like \"Entered twice\""
                    : "The reason must be 500 characters or fewer");
        }
        Spend original = em.find(Spend.class, spendId);
        if (original == null || original.isfId() != isfId) {
            throw new IsfRefused("There is no such line of spending on this ISF.");
        }
        if (original.isReversal()) {
            throw new IsfRefused("This line is itself a correction. Record the spending again instead.");
        }
        boolean reversed = !em.createQuery("SELECT s FROM Spend s WHERE s.reversesId = :id", Spend.class)
                .setParameter("id", spendId).getResultList().isEmpty();
        if (reversed) {
            throw new IsfRefused("This line has already been reversed.");
        }
        LocalDate today = today();
        if (isIssued(isfId, YearMonth.from(today))) {
            throw new IsfRefused("This month's statement has been issued already, so corrections wait until next month.");
        }
        JournalEntry entry = ledger.reverse(original.journalEntryId(), "isf-reverse:" + spendId, "Correction: " + why,
                member.id());
        Spend reversal = Spend.reversing(original, today, why, entry.id(), member.id(), clock.instant());
        em.persist(reversal);
        em.flush();
        audit.record(member.id(), "ISF_SPEND_REVERSED", SUBJECT, isfId, "line " + spendId + " of " + original.amount()
                + " reversed: " + why + "; ledger entry " + entry.id());
        return reversal;
    }

    /** One ISF with its lines and statements, for its holder's people, the person, their representative or the council. */
    public Optional<IsfView> view(Account viewer, long isfId) {
        Isf isf = em.find(Isf.class, isfId);
        if (isf == null) {
            return Optional.empty();
        }
        requireViewer(viewer, isf);
        List<Spend> lines = lines(isfId);
        List<IssuedStatement> statements = statements(isfId);
        return Optional.of(new IsfView(summary(isf, lines, statements), outcomes(isfId), lines, statements,
                monthsToIssue(isf, statements), email(isf.personAccountId()), email(isf.representativeAccountId())));
    }

    /** The ISFs the member's organisation holds. */
    public List<IsfSummary> ofHolder(Account member) {
        Organisation organisation = organisations.organisationOf(member)
                .orElseThrow(() -> new SecurityException("You do not work for an organisation on Circles"));
        return em.createNamedQuery(Isf.OF_HOLDER, Isf.class).setParameter("holder", organisation.id())
                .getResultStream().map(this::summary).toList();
    }

    /** The ISFs held for this person, or for someone they represent. */
    public List<IsfSummary> ofPerson(Account person) {
        return em.createNamedQuery(Isf.OF_PERSON, Isf.class).setParameter("account", person.id())
                .getResultStream().map(this::summary).toList();
    }

    /** Every ISF with its balance and flags, for council staff. */
    public ListPage<IsfSummary> all(Account council, int page, int size) {
        requireCouncil(council);
        long total = em.createQuery("SELECT COUNT(i) FROM Isf i", Long.class).getSingleResult();
        List<IsfSummary> items = em.createNamedQuery(Isf.ALL, Isf.class).setFirstResult(ListPage.offset(page, size))
                .setMaxResults(size).getResultStream().map(this::summary).toList();
        return new ListPage<>(items, total, page, size);
    }

    public Money balance(Isf isf) {
        return ledger.balance(isf);
    }

    IsfSummary summary(Isf isf) {
        return summary(isf, lines(isf.id()), statements(isf.id()));
    }

    private IsfSummary summary(Isf isf, List<Spend> lines, List<IssuedStatement> statements) {
        Money spent = Money.sum(lines.stream().map(Spend::amount).toList());
        LocalDate today = today();
        SpendingPace pace = isf.isActive() ? SpendingPace.of(isf.annualBudget(), spent, isf.startDate(), today)
                : SpendingPace.ON_TRACK;
        String notAccredited = !isf.isDeclined() ? accreditations.whyNotAccredited(isf.holderProviderId(), AccreditationKind.ISF_PROVIDER).orElse(null) : null;
        return new IsfSummary(isf, holderName(isf), isf.isActive() ? ledger.balance(isf) : Money.ZERO, spent, pace,
                isf.isActive() ? lateMonths(isf, statements, today) : List.of(), notAccredited);
    }

    /** Months that have ended since the ISF started, past the 15th of the next month, with no statement issued. */
    static List<YearMonth> lateMonths(Isf isf, List<IssuedStatement> statements, LocalDate today) {
        Set<YearMonth> issued = statements.stream().map(IssuedStatement::month).collect(Collectors.toSet());
        List<YearMonth> late = new ArrayList<>();
        for (YearMonth month = isf.firstMonth(); month.isBefore(YearMonth.from(today)); month = month.plusMonths(1)) {
            if (!issued.contains(month) && today.isAfter(month.plusMonths(1).atDay(STATEMENT_DUE_DAY))) {
                late.add(month);
            }
        }
        return late;
    }

    private static List<YearMonth> monthsToIssue(Isf isf, List<IssuedStatement> statements) {
        if (!isf.isActive()) {
            return List.of();
        }
        Set<YearMonth> issued = statements.stream().map(IssuedStatement::month).collect(Collectors.toSet());
        List<YearMonth> months = new ArrayList<>();
        YearMonth current = YearMonth.now(Platform.UK);
        for (YearMonth month = isf.firstMonth(); month.isBefore(current); month = month.plusMonths(1)) {
            if (!issued.contains(month)) {
                months.add(month);
            }
        }
        return months;
    }

    List<Spend> lines(long isfId) {
        return em.createNamedQuery(Spend.OF_ISF, Spend.class).setParameter("isf", isfId).getResultList();
    }

    List<Outcome> outcomes(long isfId) {
        return em.createNamedQuery(Outcome.OF_ISF, Outcome.class).setParameter("isf", isfId).getResultList();
    }

    Map<Long, String> outcomeWords(long isfId) {
        Map<Long, String> words = new HashMap<>();
        outcomes(isfId).forEach(o -> words.put(o.id(), o.words()));
        return words;
    }

    List<IssuedStatement> statements(long isfId) {
        return em.createNamedQuery(IssuedStatement.OF_ISF, IssuedStatement.class).setParameter("isf", isfId)
                .getResultList();
    }

    boolean isIssued(long isfId, YearMonth month) {
        return statements(isfId).stream().anyMatch(s -> s.month().equals(month));
    }

    String holderName(Isf isf) {
        return nameOf(isf.holderProviderId());
    }

    /** Who held the ISF then (a statement names the holder that issued it): the one it next moved from, or today's. */
    String holderNameAt(Isf isf, Instant moment) {
        long holder = moves(isf.id()).stream().filter(m -> m.movedAt().isAfter(moment)).findFirst()
                .map(HolderMove::fromProviderId).orElse(isf.holderProviderId());
        return nameOf(holder);
    }

    private String nameOf(long providerId) {
        return organisations.find(providerId).map(Organisation::name).orElse("");
    }

    void requireViewer(Account viewer, Isf isf) {
        boolean allowed = viewer != null && (viewer.role() == Role.COUNCIL || isf.isFor(viewer.id())
                || organisations.isMember(viewer, isf.holderProviderId()));
        if (!allowed) {
            throw new SecurityException("An ISF is for the person, their representative, the organisation holding it"
                    + " and council staff only");
        }
    }

    Isf lockedForHolder(Account member, long isfId) {
        Isf isf = em.find(Isf.class, isfId);
        if (isf == null) {
            throw new IsfRefused("There is no such ISF.");
        }
        organisations.requireMember(member, isf.holderProviderId());
        return locked(isfId);
    }

    private Isf locked(long isfId) {
        Isf isf = em.find(Isf.class, isfId, LockModeType.PESSIMISTIC_WRITE);
        if (isf == null) {
            throw new IsfRefused("There is no such ISF.");
        }
        return isf;
    }

    private void tellHolder(Isf isf, String message) {
        tellOrganisation(isf.holderProviderId(), message, "/isf/fund.xhtml?id=" + isf.id());
    }

    private void tellOrganisation(long providerId, String message, String link) {
        for (long member : organisations.memberAccountIds(providerId)) {
            notifications.send(member, message, link);
        }
    }

    /** Tells the person the ISF is for, and their representative if they have one. */
    void tellPerson(Isf isf, String message) {
        for (Long person : new Long[] {isf.personAccountId(), isf.representativeAccountId()}) {
            if (person != null) {
                notifications.send(person, message, "/isf/fund.xhtml?id=" + isf.id());
            }
        }
    }

    private String email(Long accountId) {
        return accountId == null ? null : accounts.byId(accountId).map(a -> a.email().value()).orElse(null);
    }

    static String monthName(YearMonth month) {
        return month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
    }

    private static void requireCouncil(Account account) {
        if (account == null || account.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can do this");
        }
    }
}

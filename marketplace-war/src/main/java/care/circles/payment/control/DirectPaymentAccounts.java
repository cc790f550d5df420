package care.circles.payment.control;

import java.util.List;
import java.util.Optional;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.payment.entity.AccountOpening;
import care.circles.payment.entity.DirectPaymentHolder;
import care.circles.payment.entity.HolderAccount;
import care.circles.payment.entity.MoneyOverview;
import care.circles.payment.entity.StatementPeriod;
import care.circles.payment.entity.WrittenReason;
import care.circles.payments.Money;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.OpenDirectPayment;
import care.circles.payments.directpayment.Statement;
import care.circles.payments.ledger.JournalEntry;
import care.circles.payments.request.PaymentRequestStatus;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Direct payment accounts: the council opens them and loads them (on a schedule, and one-off
 * or low-value payments); the holder sees their own money, upcoming loads and statement, and
 * never anyone else's (the account is always found from who is signed in, never from an id
 * in the request).
 */
@ApplicationScoped
public class DirectPaymentAccounts {

    @Inject
    CouncilPayments payments;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    /**
     * The council opens a person's account and posts any loads already due.
     *
     * @throws InvalidInputException when the email is not a DP holder's, or they already have an account
     */
    @Transactional
    public HolderAccount open(Account council, AccountOpening opening) {
        requireCouncil(council);
        Account person = accounts.byEmail(opening.holderEmail())
                .filter(a -> a.role() == Role.DP_HOLDER)
                .orElseThrow(() -> new InvalidInputException("holderEmail", "There is no Circles account for a person"
                        + " with a direct payment at this email address. Ask them to create one first, choosing"
                        + " \"A person with a direct payment, or their carer\"."));
        return payments.withConnection(c -> {
            if (payments.directPayments().findForPerson(c, person.id()).isPresent()) {
                throw new InvalidInputException("holderEmail", "This person already has a direct payment account."
                        + " Open it from the list of accounts to make a one-off payment.");
            }
            DirectPaymentAccount account = payments.directPayments().open(c, new OpenDirectPayment(person.id(),
                    opening.names().person(), opening.fourWeeklyAmount(), opening.firstLoadOn(),
                    opening.loadEveryDays(), council.id()));
            DirectPaymentHolder holder = new DirectPaymentHolder(account.id(), opening.names(),
                    opening.home() == null ? null : opening.home().id());
            em.persist(holder);
            audit.record(council.id(), "DP_ACCOUNT_OPENED", "direct_payment_account", account.id(),
                    opening.fourWeeklyAmount() + " every " + opening.loadEveryDays() + " days from "
                            + opening.firstLoadOn() + " for person account " + person.id());
            payments.directPayments().postDueLoads(c, account);
            return new HolderAccount(account, holder);
        });
    }

    /**
     * A one-off or low-value payment from the council onto the account (a carer's break). The
     * form's own key makes a double-click pay once.
     */
    @Transactional
    public JournalEntry payOneOff(Account council, long directPaymentAccountId, Money amount, String description,
                                  String idempotencyKey) {
        requireCouncil(council);
        problemWithDescription(description).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        String what = description.strip();
        return payments.withConnection(c -> {
            payments.directPayments().account(c, directPaymentAccountId);
            JournalEntry entry = payments.directPayments().loadOneOff(c, directPaymentAccountId, amount,
                    "One-off payment: " + what, idempotencyKey, council.id());
            audit.record(council.id(), "DP_ONE_OFF_PAYMENT", "direct_payment_account", directPaymentAccountId,
                    amount + ": " + what);
            return entry;
        });
    }

    /** What is wrong with a one-off payment's description, if anything: a form checks it beside the amount. */
    public static Optional<FieldProblem> problemWithDescription(String description) {
        return WrittenReason.problem("oneOffDescription", description, 200,
                "Say what the payment is for, like \"Carer's break in June\"");
    }

    /** The signed-in holder's own account, if the council has opened one. */
    @Transactional
    public Optional<HolderAccount> ofHolder(Account holder) {
        return payments.withConnection(c -> payments.directPayments().findForPerson(c, holder.id()))
                .map(account -> new HolderAccount(account, holderOf(account.id())));
    }

    /** Any account, for council staff. */
    @Transactional
    public Optional<HolderAccount> forCouncil(Account council, long directPaymentAccountId) {
        requireCouncil(council);
        return Optional.ofNullable(em.find(DirectPaymentHolder.class, directPaymentAccountId))
                .map(holder -> new HolderAccount(payments.withConnection(
                        c -> payments.directPayments().account(c, directPaymentAccountId)), holder));
    }

    /** The holder's balance, holds, next loads and waiting requests; empty without an account. */
    @Transactional
    public Optional<MoneyOverview> overview(Account holder) {
        return ofHolder(holder).map(account -> payments.withConnection(c -> new MoneyOverview(account,
                payments.directPayments().funds(c, account.id()),
                account.account().loadsAfter(payments.today(), 3),
                payments.requests().countForPayer(c, holder.id(), java.util.EnumSet.of(PaymentRequestStatus.AWAITING)))));
    }

    /** The holder's own statement for the period; empty without an account. */
    @Transactional
    public Optional<Statement> statement(Account holder, StatementPeriod period) {
        return ofHolder(holder).map(account -> payments.withConnection(
                c -> payments.directPayments().statement(c, account.id(), period.from(), period.to())));
    }

    /** Any account's statement, for council staff. */
    @Transactional
    public Statement statementForCouncil(Account council, long directPaymentAccountId, StatementPeriod period) {
        requireCouncil(council);
        return payments.withConnection(
                c -> payments.directPayments().statement(c, directPaymentAccountId, period.from(), period.to()));
    }

    /** The holder turns automatic payment of approved timesheets on or off. */
    @Transactional
    public void payTimesheetsAutomatically(Account holder, boolean automatically) {
        HolderAccount account = ofHolder(holder).orElseThrow(
                () -> new SecurityException("Only someone with a direct payment account can choose this"));
        DirectPaymentHolder row = em.find(DirectPaymentHolder.class, account.id());
        if (row.paysTimesheetsAutomatically() != automatically) {
            row.payTimesheetsAutomatically(automatically);
            audit.record(holder.id(), automatically ? "STANDING_APPROVAL_GIVEN" : "STANDING_APPROVAL_WITHDRAWN",
                    "direct_payment_account", account.id(), "approved timesheets paid without asking each time");
        }
    }

    /** Posts the account's loads that have fallen due and were not posted (safe to repeat). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int postDueLoads(long directPaymentAccountId) {
        return payments.withConnection(c -> payments.directPayments().postDueLoads(c,
                payments.directPayments().account(c, directPaymentAccountId)).size());
    }

    /** Every account's id, for the daily loads. */
    @Transactional
    public List<Long> allIds() {
        return payments.withConnection(c -> payments.directPayments().all(c).stream()
                .map(DirectPaymentAccount::id).toList());
    }

    DirectPaymentHolder holderOf(long directPaymentAccountId) {
        DirectPaymentHolder holder = em.find(DirectPaymentHolder.class, directPaymentAccountId);
        if (holder == null) {
            throw new IllegalStateException("Direct payment account " + directPaymentAccountId + " has no holder record");
        }
        return holder;
    }

    static void requireCouncil(Account actor) {
        if (actor.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can do this");
        }
    }
}

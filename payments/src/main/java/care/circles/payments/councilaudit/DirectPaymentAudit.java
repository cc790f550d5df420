package care.circles.payments.councilaudit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import care.circles.payments.Money;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.DirectPayments;
import care.circles.payments.directpayment.SpendResult;
import care.circles.payments.ledger.EntryReason;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.ledger.NewEntry;

/**
 * The council's audit of direct payments: what each account holds, how many weeks of funding
 * that is, when it was last used, and the surplus above the contingency the council allows
 * (8 weeks unless it says otherwise), which it may reclaim with a clawback.
 */
public final class DirectPaymentAudit {

    /** Weeks of funding a person may keep for irregular costs unless the council sets another figure. */
    public static final int DEFAULT_CONTINGENCY_WEEKS = 8;

    private final Ledger ledger;
    private final DirectPayments directPayments;
    private final int contingencyWeeks;

    public DirectPaymentAudit(Ledger ledger, DirectPayments directPayments, int contingencyWeeks) {
        if (contingencyWeeks < 0 || contingencyWeeks > 52) {
            throw new IllegalArgumentException("The contingency is between 0 and 52 weeks of funding");
        }
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.directPayments = Objects.requireNonNull(directPayments, "directPayments");
        this.contingencyWeeks = contingencyWeeks;
    }

    /** Every account, oldest first. */
    public List<AccountReview> review(Connection connection) throws SQLException {
        List<AccountReview> reviews = new ArrayList<>();
        for (DirectPaymentAccount account : directPayments.all(connection)) {
            reviews.add(review(connection, account));
        }
        return reviews;
    }

    /** Only the accounts holding more than the contingency. */
    public List<AccountReview> surpluses(Connection connection) throws SQLException {
        return review(connection).stream().filter(AccountReview::hasSurplus).toList();
    }

    /** One account. */
    public AccountReview review(Connection connection, long directPaymentAccountId) throws SQLException {
        return review(connection, directPayments.account(connection, directPaymentAccountId));
    }

    private AccountReview review(Connection connection, DirectPaymentAccount account) throws SQLException {
        Money balance = ledger.balance(connection, account.ledgerAccountId());
        Instant lastActivity = ledger.lastActivity(connection, account.ledgerAccountId()).orElse(null);
        if (!account.hasScheduledLoads()) {
            return new AccountReview(account, balance, null, lastActivity, Money.ZERO, Money.ZERO);
        }
        // A 4-weekly amount covers four weeks: the contingency is that amount × weeks ÷ 4, in whole pence.
        Money contingency = Money.ofPence(Math.multiplyExact(account.fourWeeklyAmount().pence(), contingencyWeeks) / 4);
        return new AccountReview(account, balance, balance.ratioTo(account.fourWeeklyAmount(), 4), lastActivity,
                contingency, balance.minus(contingency).max(Money.ZERO));
    }

    /**
     * Returns unspent money to the council's funding, with the reason and the officer who
     * decided. Refused, posting nothing, when more is asked for than is available after
     * pending card holds. The same key reclaims once.
     */
    public SpendResult clawback(Connection connection, long directPaymentAccountId, Money amount, String reason,
                                   long actorAccountId, String idempotencyKey) throws SQLException {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Enter the reason for reclaiming the money");
        }
        DirectPaymentAccount account = directPayments.account(connection, directPaymentAccountId);
        return directPayments.spend(connection, account, NewEntry.transfer(idempotencyKey, EntryReason.CLAWBACK,
                "Returned to the council: " + reason.strip(), actorAccountId, null, account.ledgerAccountId(),
                directPayments.councilFunding(connection).id(), amount));
    }
}

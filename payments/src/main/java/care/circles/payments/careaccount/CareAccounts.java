package care.circles.payments.careaccount;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import care.circles.payments.Money;
import care.circles.payments.Transactions;
import care.circles.payments.UtcTime;

/**
 * The care account: a meter per person of qualifying spending on eligible care toward the
 * lifetime cap, with a line for every spend saying what counted and why, refunds that take off
 * what a purchase counted, and council adjustments with their reasons. Append-only; works inside the caller's transaction.
 *
 * <p>Spending for one person is serialised by a locking read of their lines, so two spends at
 * once cannot both count past the cap (one may fail with a deadlock error: retry it).
 */
public final class CareAccounts {

    private final CareAccountRules rules;
    private final Clock clock;

    public CareAccounts(CareAccountRules rules, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records spending on care. Eligible spending counts toward the cap up to what is left of
     * it; other spending is recorded as not counting, with the reason. The same
     * {@code sourceReference} (a journal entry, an invoice) is recorded once.
     */
    public CareMeterEntry recordSpend(Connection connection, long personAccountId, String category, Money spent,
                                      LocalDate spentOn, String sourceReference) throws SQLException {
        return recordSpend(connection, personAccountId, category, null, spent, spentOn, sourceReference);
    }

    /**
     * The same, saying what was bought that gave the category, so the person sees why, e.g.
     * {@code "PA support: Personal care, Companionship"}.
     *
     * @param category the spending category, or null when what was bought names none
     * @param bought   what was bought, in plain English, or null
     */
    public CareMeterEntry recordSpend(Connection connection, long personAccountId, String category, String bought,
                                      Money spent, LocalDate spentOn, String sourceReference) throws SQLException {
        String basis = bought == null ? "" : " (" + bought + ")";
        String notEligible = category == null
                ? "what was bought is not a kind of care the council names" + basis
                : category + " is not eligible care under the council's rules" + basis;
        return record(connection, personAccountId, new Spend(category, category, rules.isEligible(category),
                category + " is eligible care" + basis, notEligible), spent, spentOn, sourceReference);
    }

    /**
     * Records a card payment: it counts as care when the merchant's category code is one the
     * council counts ({@link CareAccountRules#eligibleMerchantCategories()}).
     */
    public CareMeterEntry recordCardSpend(Connection connection, long personAccountId, String merchantCategoryCode,
                                          String merchantName, Money spent, LocalDate spentOn, String sourceReference)
            throws SQLException {
        String payment = "a card payment to " + (merchantName == null || merchantName.isBlank() ? "a shop" : merchantName);
        String code = merchantCategoryCode == null ? "unknown" : merchantCategoryCode;
        return record(connection, personAccountId, new Spend("card-mcc-" + code, payment,
                rules.isEligibleMerchant(merchantCategoryCode),
                payment + " (merchant category " + code + ") is care the council counts",
                payment + ": merchant category " + code + " is not one the council counts as care"),
                spent, spentOn, sourceReference);
    }

    /**
     * Records a refund of a purchase on the meter: what the purchase counted comes off, no more
     * (the part of it past the cap is given back first, see {@link RefundedPurchase}), and never
     * so much that the meter goes below £0.00. The refund is a line of its own that names the
     * purchase's line. A purchase that counted nothing, or one not on the meter, changes nothing.
     * The same {@code sourceReference} is recorded once.
     *
     * @param purchaseReference the purchase's own source reference on the meter
     * @param from              who gave the money back, in plain English, e.g. the merchant's name
     * @return the refund's line, or empty when the refund changes nothing on the meter
     */
    public Optional<CareMeterEntry> recordRefund(Connection connection, long personAccountId, String purchaseReference,
                                                 String from, Money refund, LocalDate refundedOn,
                                                 String sourceReference) throws SQLException {
        if (!refund.isPositive()) {
            throw new IllegalArgumentException("A refund is more than £0.00");
        }
        Transactions.requireTransaction(connection);
        Optional<CareMeterEntry> earlier = find(connection, personAccountId, sourceReference, false);
        if (earlier.isPresent()) {
            return earlier;
        }
        Money meterCounted = lockCounted(connection, personAccountId);
        Optional<CareMeterEntry> found = find(connection, personAccountId, purchaseReference, false);
        if (found.isEmpty() || found.get().kind() != CareMeterEntry.Kind.SPEND || !found.get().counted().isPositive()) {
            return Optional.empty();
        }
        CareMeterEntry purchase = found.get();
        Money taken = refundsOf(connection, purchase).takeOffFor(refund).min(meterCounted.max(Money.ZERO));
        String source = from == null || from.isBlank() ? "the shop" : from;
        String explanation;
        if (taken.isZero()) {
            explanation = "Nothing taken off: the " + refund + " refunded by " + source + " had not counted";
        } else if (taken.equals(refund)) {
            explanation = "Taken off in full: " + source + " refunded " + refund + " of a payment that counted";
        } else {
            explanation = "Taken off " + taken + " of the " + refund + " refunded by " + source
                    + ": the payment had counted only " + purchase.counted();
        }
        return Optional.of(insert(connection, personAccountId, CareMeterEntry.Kind.REFUND, purchase.category(),
                refund.negate(), taken.negate(), explanation, sourceReference, null, refundedOn, purchase.id()));
    }

    private static RefundedPurchase refundsOf(Connection connection, CareMeterEntry purchase) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(SUM(spent_pence), 0), COALESCE(SUM(counted_pence), 0) FROM care_account_entry"
                        + " WHERE refunds_entry_id = ?")) {
            select.setLong(1, purchase.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new RefundedPurchase(purchase.spent(), purchase.counted(), Money.ofPence(-row.getLong(1)),
                        Money.ofPence(-row.getLong(2)));
            }
        }
    }

    /** A spend as the meter explains it: {@code what} names it in a partly counted line. */
    private record Spend(String category, String what, boolean eligible, String whyCounted, String whyNotCounted) {
    }

    private CareMeterEntry record(Connection connection, long personAccountId, Spend spend, Money spent,
                                  LocalDate spentOn, String sourceReference) throws SQLException {
        if (!spent.isPositive()) {
            throw new IllegalArgumentException("Spending on care is more than £0.00");
        }
        Transactions.requireTransaction(connection);
        Optional<CareMeterEntry> earlier = find(connection, personAccountId, sourceReference, false);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Money remaining = rules.cap().minus(lockCounted(connection, personAccountId)).max(Money.ZERO);
        Money counted;
        String explanation;
        if (!spend.eligible()) {
            counted = Money.ZERO;
            explanation = "Not counted: " + spend.whyNotCounted();
        } else if (remaining.isZero()) {
            counted = Money.ZERO;
            explanation = "Not counted: the care cap of " + rules.cap() + " has been reached";
        } else if (spent.isGreaterThan(remaining)) {
            counted = remaining;
            explanation = "Counted " + remaining + " of " + spent + " on " + spend.what()
                    + ": that reached the care cap of " + rules.cap();
        } else {
            counted = spent;
            explanation = "Counted in full: " + spend.whyCounted();
        }
        return insert(connection, personAccountId, CareMeterEntry.Kind.SPEND, spend.category(), spent, counted,
                explanation, sourceReference, null, spentOn, null);
    }

    /**
     * A council adjustment to what has counted (a correction, a transfer from another council),
     * with the officer and the reason.
     */
    public CareMeterEntry adjust(Connection connection, long personAccountId, Money change, String reason,
                                 long actorAccountId, String sourceReference) throws SQLException {
        if (change.isZero()) {
            throw new IllegalArgumentException("Enter an adjustment other than £0.00");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Enter the reason for the adjustment");
        }
        Transactions.requireTransaction(connection);
        Optional<CareMeterEntry> earlier = find(connection, personAccountId, sourceReference, false);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        lockCounted(connection, personAccountId);
        return insert(connection, personAccountId, CareMeterEntry.Kind.ADJUSTMENT, null, Money.ZERO, change,
                "Council adjustment: " + reason.strip(), sourceReference, actorAccountId,
                LocalDate.ofInstant(clock.instant(), care.circles.payments.directpayment.DirectPayments.UK), null);
    }

    /** The person's meter: counted so far, the cap, what is left, and every line. */
    public CareMeter meter(Connection connection, long personAccountId) throws SQLException {
        List<CareMeterEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM care_account_entry WHERE person_account_id = ? ORDER BY occurred_on, id")) {
            select.setLong(1, personAccountId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
        }
        Money counted = Money.ZERO;
        for (CareMeterEntry entry : entries) {
            counted = counted.plus(entry.counted());
        }
        return new CareMeter(personAccountId, counted, rules.cap(), entries);
    }

    private static Money lockCounted(Connection connection, long personAccountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT counted_pence FROM care_account_entry WHERE person_account_id = ? FOR UPDATE")) {
            select.setLong(1, personAccountId);
            long total = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    total = Math.addExact(total, rows.getLong(1));
                }
            }
            return Money.ofPence(total);
        }
    }

    private CareMeterEntry insert(Connection connection, long personAccountId, CareMeterEntry.Kind kind,
                                  String category, Money spent, Money counted, String explanation,
                                  String sourceReference, Long actor, LocalDate occurredOn, Long refundsEntryId)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO care_account_entry (person_account_id, kind, category, spent_pence, counted_pence,"
                        + " explanation, source_reference, actor_account_id, occurred_on, recorded_at, refunds_entry_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, personAccountId);
            insert.setString(2, kind.name());
            insert.setString(3, category);
            insert.setLong(4, spent.pence());
            insert.setLong(5, counted.pence());
            insert.setString(6, explanation.length() > 500 ? explanation.substring(0, 500) : explanation);
            insert.setString(7, sourceReference);
            insert.setObject(8, actor);
            insert.setObject(9, occurredOn);
            insert.setObject(10, UtcTime.column(clock.instant()));
            insert.setObject(11, refundsEntryId);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new CareMeterEntry(keys.getLong(1), kind, category, spent, counted, explanation,
                        sourceReference, actor, occurredOn);
            }
        } catch (SQLIntegrityConstraintViolationException recordedMeanwhile) {
            return find(connection, personAccountId, sourceReference, true).orElseThrow(() -> recordedMeanwhile);
        }
    }

    private static Optional<CareMeterEntry> find(Connection connection, long personAccountId, String sourceReference,
                                                 boolean latestCommitted) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM care_account_entry WHERE person_account_id = ? AND source_reference = ?"
                        + (latestCommitted ? " FOR UPDATE" : ""))) {
            select.setLong(1, personAccountId);
            select.setString(2, sourceReference);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static CareMeterEntry read(ResultSet row) throws SQLException {
        return new CareMeterEntry(row.getLong("id"), CareMeterEntry.Kind.valueOf(row.getString("kind")),
                row.getString("category"), Money.ofPence(row.getLong("spent_pence")),
                Money.ofPence(row.getLong("counted_pence")), row.getString("explanation"),
                row.getString("source_reference"), row.getObject("actor_account_id", Long.class),
                row.getObject("occurred_on", LocalDate.class));
    }
}

package care.circles.payments.directpayment;

import java.time.LocalDate;
import java.util.List;

import care.circles.payments.Money;

/**
 * An account's money in and out between two dates (both included, UK dates).
 *
 * @param openingBalance the balance at the start of {@code from}
 */
public record Statement(LocalDate from, LocalDate to, Money openingBalance, List<StatementRow> rows) {

    public Statement {
        rows = List.copyOf(rows);
    }

    /** The balance at the end of {@code to}. */
    public Money closingBalance() {
        return rows.isEmpty() ? openingBalance : rows.get(rows.size() - 1).balance();
    }
}

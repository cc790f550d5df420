package care.circles.payments.directpayment;

import care.circles.payments.Money;

/**
 * A statement as CSV (RFC 4180) for people to open in a spreadsheet: a header row, one row a
 * line, CRLF line ends, fields quoted when they hold a comma, a quote or a line break.
 *
 * <p>Text that a spreadsheet would run as a formula (a description starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, which anyone who names a payment
 * can write) gets a leading single quote, so it shows as text. Amounts are written by us as
 * plain numbers and are left as they are: a negative balance stays a number.
 */
public final class StatementCsv {

    private static final String LINE_END = "\r\n";

    private StatementCsv() {
    }

    /** The statement as CSV text. */
    public static String of(Statement statement) {
        StringBuilder csv = new StringBuilder("Date,Description,Money in,Money out,Balance").append(LINE_END);
        for (StatementRow row : statement.rows()) {
            csv.append(row.date()).append(',')
                    .append(textCell(row.description())).append(',')
                    .append(amountCell(row.moneyIn())).append(',')
                    .append(amountCell(row.moneyOut())).append(',')
                    .append(row.balance().toPlainPounds())
                    .append(LINE_END);
        }
        return csv.toString();
    }

    /** A text cell, defused against formula injection and quoted as RFC 4180 needs. */
    public static String textCell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static String amountCell(Money amount) {
        return amount.isZero() ? "" : amount.toPlainPounds();
    }
}

package care.circles.payments.directpayment;

import java.time.LocalDate;

import care.circles.payments.Money;

/**
 * One line of a statement. Exactly one of {@code moneyIn} and {@code moneyOut} is above zero.
 *
 * @param balance the running balance after this line
 */
public record StatementRow(LocalDate date, String description, Money moneyIn, Money moneyOut, Money balance) {
}

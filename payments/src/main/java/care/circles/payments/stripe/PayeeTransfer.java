package care.circles.payments.stripe;

import care.circles.payments.Money;

/**
 * Money sent from a payee's ledger account to their Stripe Connect account.
 *
 * @param destination      the payee's Stripe Connect account ({@code acct_…})
 * @param stripeTransferId Stripe's id ({@code tr_…}) once Stripe accepted it
 */
public record PayeeTransfer(long id, String idempotencyKey, long payeeId, String destination, Money amount,
                            TransferStatus status, String stripeTransferId) {
}

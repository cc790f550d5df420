package care.circles.payments.payee;

/**
 * Someone paid from direct payments: a PA or a provider.
 *
 * @param ownerAccountId  their account id in the web application
 * @param ledgerAccountId the ledger account holding what they have earned and not yet received
 * @param stripeAccountId their Stripe Connect account ({@code acct_…}), or null until they have one
 */
public record Payee(long id, long ownerAccountId, long ledgerAccountId, String stripeAccountId) {
}

package care.circles.payments.stripe;

import java.util.Objects;
import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;

/**
 * Payees' Stripe Connect accounts as Stripe knows them: a payee who types an account id is told
 * at once when Stripe has no such account, rather than when their first payment fails.
 * Every call goes to Stripe over the network.
 */
public final class StripeConnectAccounts {

    private final StripeClient stripe;

    public StripeConnectAccounts(StripeClient stripe) {
        this.stripe = Objects.requireNonNull(stripe, "stripe");
    }

    /**
     * The connected account, or empty when Stripe has none with this id (or it is not connected
     * to the platform).
     *
     * @throws TransferFailedException when Stripe could not be asked
     */
    public Optional<ConnectedAccount> find(String accountId) {
        try {
            Account account = stripe.v1().accounts().retrieve(accountId);
            String name = account.getBusinessProfile() == null ? null : account.getBusinessProfile().getName();
            return Optional.of(new ConnectedAccount(account.getId(), Boolean.TRUE.equals(account.getPayoutsEnabled()),
                    name));
        } catch (InvalidRequestException e) {
            if (Integer.valueOf(404).equals(e.getStatusCode()) || "resource_missing".equals(e.getCode())
                    || "account_invalid".equals(e.getCode())) {
                return Optional.empty();
            }
            throw new TransferFailedException("Stripe could not check the account: " + e.getMessage(), e);
        } catch (StripeException e) {
            throw new TransferFailedException("Stripe could not check the account: " + e.getMessage(), e);
        }
    }

    /**
     * A Stripe Connect account.
     *
     * @param payoutsEnabled whether Stripe will pay money on to the payee's bank yet
     * @param businessName   the name the payee gave Stripe, or null
     */
    public record ConnectedAccount(String id, boolean payoutsEnabled, String businessName) {
    }
}

package care.circles.payment.control;

import java.util.Optional;
import java.util.Set;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.messaging.control.ParticipantNames;
import care.circles.payments.payee.Payee;
import care.circles.payments.payee.Payees;
import care.circles.payments.stripe.StripeConnectAccounts.ConnectedAccount;
import care.circles.payments.stripe.TransferFailedException;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * How PAs and providers get paid: the Stripe Connect account that money from direct payments
 * goes to. Stripe is asked about the account when it is entered, so a typing mistake is found
 * now rather than when the first payment fails.
 */
@ApplicationScoped
public class PayeeAccounts {

    public static final String FIELD = "stripeAccount";

    @Inject
    CouncilPayments payments;

    @Inject
    ParticipantNames names;

    @Inject
    AuditTrail audit;

    /** The payee's record, once they have one. */
    @Transactional
    public Optional<Payee> of(Account payee) {
        requirePayee(payee);
        return payments.withConnection(c -> payments.payees().findByOwner(c, payee.id()));
    }

    /**
     * Records the Stripe Connect account that the payee's money goes to.
     *
     * @throws InvalidInputException naming {@value #FIELD} when the id is wrong or Stripe has no such account
     */
    @Transactional
    public Payee connect(Account payee, String stripeAccountId) {
        requirePayee(payee);
        String id = stripeAccountId == null ? "" : stripeAccountId.strip();
        if (id.isEmpty()) {
            throw new InvalidInputException(FIELD, "Enter your Stripe account ID, which starts acct_");
        }
        if (!id.matches(Payees.STRIPE_ACCOUNT_ID)) {
            throw new InvalidInputException(FIELD, "A Stripe account ID starts acct_ followed by letters and numbers,"
                    + " like acct_1Pgaf2B7WZ01zgkW. Copy it from your Stripe dashboard");
        }
        Optional<ConnectedAccount> found;
        try {
            found = payments.connectAccounts().find(id);
        } catch (TransferFailedException e) {
            throw new InvalidInputException(FIELD, "Stripe could not be reached to check the account."
                    + " Try again in a few minutes");
        }
        if (found.isEmpty()) {
            throw new InvalidInputException(FIELD, "Stripe has no account " + id + " connected to Circles."
                    + " Check the ID in your Stripe dashboard");
        }
        String name = names.of(Set.of(payee.id())).get(payee.id());
        Payee connected = payments.withConnection(c -> payments.payees().connect(c, payee.id(), name, id));
        audit.record(payee.id(), "PAYEE_STRIPE_ACCOUNT_SET", "payee", connected.id(), id);
        return connected;
    }

    private static void requirePayee(Account account) {
        if (account.role() != Role.PA && account.role() != Role.PROVIDER) {
            throw new SecurityException("Only personal assistants and providers are paid through Circles");
        }
    }
}

package care.circles.dayopportunity.control;

import java.util.List;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.dayopportunity.entity.ListingRefused;
import care.circles.dayopportunity.entity.ProviderRef;
import care.circles.accreditation.control.Accreditations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may list day opportunities, and which provider an account speaks for. The provider table
 * belongs to the providers component: it is read here with plain SQL, in this one place.
 */
@ApplicationScoped
public class ListingRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accreditations accreditations;

    /**
     * Accredited providers list activities: any accreditation in force today (quality mark,
     * care framework, ISF provider). What was listed stays if an accreditation lapses; new
     * listings and changes wait for it to be renewed.
     */
    public boolean mayList(long providerId) {
        return accreditations.isAccredited(providerId);
    }

    /**
     * The provider a provider account lists for.
     *
     * @throws SecurityException for any other kind of account
     * @throws ListingRefused    when the organisation is not set up, or may not list
     */
    public ProviderRef requireLister(Account account) {
        if (account.role() != Role.PROVIDER) {
            throw new SecurityException("Only care providers list day opportunities");
        }
        ProviderRef provider = providerOf(account).orElseThrow(() -> new ListingRefused(
                "Your organisation is not set up on Circles yet. Ask the council to add it, then list your hubs and activities."));
        if (!mayList(provider.id())) {
            throw new ListingRefused("Only providers accredited by the council can list day opportunities.");
        }
        return provider;
    }

    /** The provider this account runs, if it runs one. */
    public Optional<ProviderRef> providerOf(Account account) {
        return first(em.createNativeQuery("SELECT id, name, account_id FROM provider WHERE account_id = ?")
                .setParameter(1, account.id()).getResultList());
    }

    public Optional<ProviderRef> provider(long providerId) {
        return first(em.createNativeQuery("SELECT id, name, account_id FROM provider WHERE id = ?")
                .setParameter(1, providerId).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static Optional<ProviderRef> first(List<?> rows) {
        return ((List<Object[]>) rows).stream().findFirst().map(row -> new ProviderRef(((Number) row[0]).longValue(),
                (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue()));
    }
}

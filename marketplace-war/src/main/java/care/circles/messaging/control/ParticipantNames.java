package care.circles.messaging.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.pa.entity.PaProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The names people see for each other in conversations: a PA's display name from their profile;
 * anyone else the part of their email address before the @ until accounts have names of their own.
 */
@ApplicationScoped
public class ParticipantNames {

    @PersistenceContext
    EntityManager em;

    public Map<Long, String> of(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        em.createQuery("SELECT p.accountId, p.displayName FROM PaProfile p WHERE p.accountId IN :ids", Object[].class)
                .setParameter("ids", accountIds)
                .getResultList()
                .forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", accountIds)
                .getResultList()
                .forEach(a -> names.putIfAbsent(a.id(), localPart(a)));
        accountIds.forEach(id -> names.putIfAbsent(id, "Someone"));
        return names;
    }

    /** The published PA profile of this account, so a conversation can link to it. */
    public Optional<Long> publishedProfileOf(long accountId) {
        return em.createNamedQuery(PaProfile.BY_ACCOUNT, PaProfile.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .filter(PaProfile::isPublished)
                .map(PaProfile::id)
                .findFirst();
    }

    private static String localPart(Account account) {
        String email = account.email().value();
        return email.substring(0, email.indexOf('@'));
    }
}

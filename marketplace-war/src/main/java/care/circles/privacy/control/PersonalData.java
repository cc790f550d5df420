package care.circles.privacy.control;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;

import care.circles.account.control.PasswordHashing;
import care.circles.account.entity.Account;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.InvalidInputException;
import care.circles.privacy.entity.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A person's right to their data: everything every component holds about them, and erasure,
 * which removes or pseudonymises it all in one transaction while keeping the financial and
 * safeguarding records the law requires (see each holder's note).
 */
@ApplicationScoped
public class PersonalData {

    static final String WRONG_PASSWORD = "The password is not right. Enter the password you sign in with.";
    static final String NOT_CONFIRMED = "Tick the box to say you understand that this cannot be undone";

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Everything held about the person, part by part. */
    public List<PersonalDataSection> of(Account person) {
        return ordered().stream()
                .map(h -> new PersonalDataSection(h.title(), h.recordsOf(person), h.keptOnErasure()))
                .toList();
    }

    /** What erasure keeps, part by part, to tell the person before they confirm. */
    public List<String> keptOnErasure() {
        return ordered().stream().map(PersonalDataHolder::keptOnErasure).filter(k -> k != null).toList();
    }

    /**
     * Erases the person's data, after they confirm with their password. Their account can no
     * longer sign in; what must be kept is kept under a pseudonym (the account number).
     */
    @Transactional
    public void erase(Account person, char[] password, boolean understood) {
        if (password == null || password.length == 0 || !passwords.matches(password, person.passwordHash())) {
            throw new InvalidInputException("password", WRONG_PASSWORD);
        }
        if (!understood) {
            throw new InvalidInputException("understood", NOT_CONFIRMED);
        }
        for (PersonalDataHolder holder : ordered()) {
            holder.erase(person);
        }
        char[] unusable = HexFormat.of().formatHex(randomBytes()).toCharArray();
        em.find(Account.class, person.id()).erase(passwords.hash(unusable));
        em.createNativeQuery("DELETE FROM council_duty WHERE account_id = ?").setParameter(1, person.id()).executeUpdate();
        audit.record(person.id(), "ACCOUNT_ERASED", "account", person.id(), "erased at the person's request");
    }

    private List<PersonalDataHolder> ordered() {
        return StreamSupport.stream(holders.spliterator(), false)
                .sorted(Comparator.comparingInt(PersonalDataHolder::order)).toList();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

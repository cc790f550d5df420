package care.circles.account.control;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.CouncilDuty;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** Opening accounts and finding them. */
@ApplicationScoped
public class Accounts {

    static final String DUPLICATE_EMAIL =
            "There is already an account with this email address. Sign in instead, or use a different email address.";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CouncilStaff councilStaff;

    /** Someone signs themselves up as a DP holder, PA or provider. */
    @Transactional
    public Account register(EmailAddress email, NewPassword password, Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "Choose what you are registering as");
        }
        if (!role.allowsSelfRegistration()) {
            throw new InvalidInputException("role", "This kind of account is opened by the council, not by signing up");
        }
        Account account = open(email, password, role, null);
        audit.record(account.id(), "ACCOUNT_REGISTERED", "account", account.id(), "role " + role);
        return account;
    }

    /** A council admin opens an account for a colleague, who starts with no duties. */
    @Transactional
    public Account openCouncilAccount(Account councilUser, EmailAddress email, NewPassword password) {
        councilStaff.require(councilUser, CouncilDuty.ADMIN);
        Account account = open(email, password, Role.COUNCIL, councilUser.id());
        audit.record(councilUser.id(), "COUNCIL_ACCOUNT_OPENED", "account", account.id(),
                "opened for " + email.value());
        return account;
    }

    /**
     * Opens the account of someone an organisation's owner invited (care.circles.provider): a
     * provider or broker account like the owner's, recorded as opened by the owner.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account openInvitedColleague(EmailAddress email, NewPassword password, Role role, long invitedBy) {
        if (role != Role.PROVIDER && role != Role.BROKER) {
            throw new IllegalArgumentException("Only provider and broker accounts are opened by invitation");
        }
        Account account = open(email, password, role, invitedBy);
        audit.record(account.id(), "ACCOUNT_OPENED_BY_INVITATION", "account", account.id(),
                "role " + role + ", invited by account " + invitedBy);
        return account;
    }

    public Optional<Account> byEmail(EmailAddress email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Account open(EmailAddress email, NewPassword password, Role role, Long openedBy) {
        if (byEmail(email).isPresent()) {
            throw new InvalidInputException("email", DUPLICATE_EMAIL);
        }
        Account account = new Account(email, passwords.hash(password.characters()), role, clock.instant(), openedBy);
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                // Two sign-ups with the same email at the same moment: the unique key decides.
                throw new InvalidInputException("email", DUPLICATE_EMAIL);
            }
            throw e;
        }
        return account;
    }
}

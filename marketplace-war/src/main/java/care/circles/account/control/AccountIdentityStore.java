package care.circles.account.control;

import java.util.HashSet;
import java.util.Set;

import care.circles.account.entity.Account;
import care.circles.account.entity.CouncilDuty;
import care.circles.account.entity.EmailAddress;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Checks sign-ins against the accounts in the database. The caller's name is the account's email. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    CouncilStaff councilStaff;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        char[] password = login.getPassword().getValue();
        EmailAddress email;
        try {
            email = EmailAddress.of(login.getCaller());
        } catch (InvalidInputException notAnEmail) {
            passwords.spendTimeAsIfChecking(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = accounts.byEmail(email).orElse(null);
        if (account == null) {
            passwords.spendTimeAsIfChecking(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(password, account.passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = new HashSet<>();
        groups.add(account.role().name());
        for (CouncilDuty duty : councilStaff.dutiesOf(account.id())) {
            groups.add(duty.group());
        }
        return new CredentialValidationResult(account.email().value(), groups);
    }
}

package care.circles.account.control;

import java.security.Principal;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.CouncilDuty;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The person making this request, if signed in. */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    CouncilStaff councilStaff;

    private Optional<Account> account;

    public Optional<Account> get() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            account = caller == null ? Optional.empty() : accounts.byEmail(EmailAddress.of(caller.getName()));
        }
        return account;
    }

    /** The signed-in account; for pages and resources that the server already restricts to signed-in roles. */
    public Account require() {
        return get().orElseThrow(() -> new SecurityException("Sign in to do this"));
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public boolean is(String role) {
        return get().map(a -> a.role() == Role.valueOf(role)).orElse(false);
    }

    /** Whether a council user holds this duty now (read from the database, so revoking works at once). */
    public boolean hasDuty(String duty) {
        return get().map(a -> councilStaff.has(a, CouncilDuty.valueOf(duty))).orElse(false);
    }

    public String getEmail() {
        return get().map(a -> a.email().value()).orElse("");
    }

    public String getRoleDescription() {
        return get().map(a -> a.role().description()).orElse("");
    }
}

package care.circles.account.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Sign-in through our own Faces page; which pages need which role is in web.xml. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"DP_HOLDER", "PA", "PROVIDER", "BROKER", "COUNCIL", "COUNCIL_ADMIN", "SAFEGUARDING"})
@ApplicationScoped
public class SecurityConfiguration {
}

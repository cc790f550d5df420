package care.circles.account.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles; which pages need which role is in web.xml. Sign-in is {@link SessionAuthentication}
 * with our own Faces page.
 */
@DeclareRoles({"DP_HOLDER", "PA", "PROVIDER", "BROKER", "COUNCIL", "COUNCIL_ADMIN", "SAFEGUARDING"})
@ApplicationScoped
public class SecurityConfiguration {
}

package care.circles.account.boundary;

import java.io.Serializable;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Sign-in through our own page, remembered in the HTTP session: the caller's name and groups
 * are kept in the session at sign-in and handed to the container, by name, on every request.
 * <p>
 * The platform's "auto apply session" re-used the principal object of the sign-in request, and
 * with several people's requests running at once it sometimes lost that principal's groups, so
 * a signed-in person got 403 on a page their role may open (seen under load, and now and then
 * in the tests). Handing over the name and groups each time does not depend on that.
 * <p>
 * A page that needs sign-in sends an anonymous visitor to the sign-in page, remembering where
 * they were going; {@link SessionSignIn} takes them there afterwards.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/sign-in.xhtml";
    private static final String CALLER = SessionAuthentication.class.getName() + ".caller";
    private static final String GOING_TO = SessionAuthentication.class.getName() + ".goingTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            String goingTo = pathAndQuery(request);
            if ("GET".equals(request.getMethod()) && isOwnPath(goingTo)) {
                request.getSession().setAttribute(GOING_TO, goingTo);
            }
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        context.cleanClientSubject();
    }

    /**
     * Where a visitor sent to sign in was going (a path below the application), once: null when
     * they came to the sign-in page by themselves.
     */
    static String takeWhereGoing(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object goingTo = session.getAttribute(GOING_TO);
        session.removeAttribute(GOING_TO);
        return goingTo instanceof String path ? path : null;
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                               CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession().setAttribute(CALLER,
                    new SignedInCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Only a plain path below the application is kept to go back to: "//host/…" or a backslash
     * would let a crafted link send someone to another site after they sign in.
     */
    static boolean isOwnPath(String pathAndQuery) {
        return pathAndQuery.startsWith("/") && !pathAndQuery.startsWith("//") && pathAndQuery.indexOf('\\') < 0;
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** Who is signed in to a session: the account's email address and its groups (roles and duties). */
    record SignedInCaller(String name, Set<String> groups) implements Serializable {
    }
}

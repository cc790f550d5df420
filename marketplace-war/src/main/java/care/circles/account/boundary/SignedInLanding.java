package care.circles.account.boundary;

import jakarta.servlet.http.HttpServletRequest;

/** Where each kind of account starts after signing in. */
final class SignedInLanding {

    private SignedInLanding() {
    }

    static String forRequest(HttpServletRequest request) {
        if (request.isUserInRole("PA")) {
            return "/pa/profile.xhtml";
        }
        if (request.isUserInRole("COUNCIL")) {
            return "/council/index.xhtml";
        }
        return "/account/index.xhtml";
    }
}

package care.circles.account.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionAuthenticationTest {

    @Test
    void goesBackOnlyToAPathOfTheApplicationItself() {
        assertTrue(SessionAuthentication.isOwnPath("/bookings/index.xhtml?tab=past"));
        assertTrue(SessionAuthentication.isOwnPath("/council/index.xhtml"));
        assertFalse(SessionAuthentication.isOwnPath("//evil.example/council/index.xhtml"), "another host");
        assertFalse(SessionAuthentication.isOwnPath("/\\evil.example/"), "browsers read /\\ as //");
        assertFalse(SessionAuthentication.isOwnPath("https://evil.example/"), "not a path");
    }
}

package care.circles.seeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordDigestTest {

    private final Pbkdf2PasswordDigest digest = new Pbkdf2PasswordDigest();

    @Test
    void writesTheFourPartFormatOfJakartaSecurityPbkdf2PasswordHash() {
        String[] parts = digest.hash(DemoAccounts.PASSWORD).split(":");

        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "derived key bytes");
    }

    @Test
    void derivesTheSameKeyAgainFromTheStoredSalt() {
        String[] parts = digest.hash(DemoAccounts.PASSWORD).split(":");
        byte[] salt = Base64.getDecoder().decode(parts[2]);

        byte[] again = Pbkdf2PasswordDigest.derive(DemoAccounts.PASSWORD, salt, 210_000);

        assertArrayEquals(Base64.getDecoder().decode(parts[3]), again);
    }

    @Test
    void acceptsTheRightPasswordAndRefusesAWrongOne() {
        String stored = digest.hash(DemoAccounts.PASSWORD);

        assertTrue(digest.matches(DemoAccounts.PASSWORD, stored));
        assertFalse(digest.matches("demo-password-1", stored));
    }

    @Test
    void saltsEveryHashDifferently() {
        assertNotEquals(digest.hash(DemoAccounts.PASSWORD), digest.hash(DemoAccounts.PASSWORD));
    }
}

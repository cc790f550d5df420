package care.circles.seeds;

import java.time.Instant;
import java.util.Objects;

/** Someone who signs in. The password is always {@link DemoAccounts#PASSWORD}. */
public record DemoAccount(String email, Role role, Instant createdAt) {

    /** The values of the {@code account.role} column. */
    public enum Role { DP_HOLDER, PA, PROVIDER, BROKER, COUNCIL }

    public DemoAccount {
        if (email == null || !email.endsWith(DemoAccounts.DOMAIN) || !email.equals(email.toLowerCase())) {
            throw new IllegalArgumentException("A demo email must be lower case and end with "
                    + DemoAccounts.DOMAIN + ", got " + email);
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

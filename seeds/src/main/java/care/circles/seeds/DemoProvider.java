package care.circles.seeds;

import java.time.Instant;
import java.util.Objects;

/** An organisation offering care and support, owned by the account with {@code ownerEmail}. */
public record DemoProvider(String name, Kind kind, String placeName, String description, String ownerEmail,
        Instant createdAt) {

    /** The values of the {@code provider.kind} column. */
    public enum Kind { MICRO_PROVIDER, DAY_OPPORTUNITIES, ISF_BROKER }

    public DemoProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(ownerEmail, "ownerEmail");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

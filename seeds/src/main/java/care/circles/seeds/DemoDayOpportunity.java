package care.circles.seeds;

import java.time.Instant;
import java.util.Objects;

/**
 * A hub (a building: complex needs, carers' breaks, advice) or a spoke (a community activity)
 * run by the provider called {@code providerName}. The price is per day at a hub and per
 * session at a spoke.
 */
public record DemoDayOpportunity(String providerName, Kind kind, String name, String placeName, String description,
        int capacity, Pence price, Instant createdAt, DemoListingDetails details) {

    /** The values of the {@code day_opportunity.kind} column. */
    public enum Kind { HUB, SPOKE }

    public DemoDayOpportunity {
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(details, "details");
        if (capacity <= 0) {
            throw new IllegalArgumentException(name + " needs room for at least one person");
        }
    }
}

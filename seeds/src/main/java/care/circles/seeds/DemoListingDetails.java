package care.circles.seeds;

import java.util.List;
import java.util.Objects;

/**
 * What a hub or spoke says beyond its name: codes as the {@code day_opportunity} columns and its
 * facility, need and funding tables hold them, and the hub a spoke's network belongs to.
 */
public record DemoListingDetails(String category, String whoItSuits, Integer minAge, List<String> funding,
        List<String> facilities, List<String> needs, String address, String openingTimes, String transport,
        String hubName, int cancellationNoticeHours) {

    public DemoListingDetails {
        Objects.requireNonNull(category, "category");
        funding = List.copyOf(funding);
        facilities = List.copyOf(facilities);
        needs = List.copyOf(needs);
    }
}

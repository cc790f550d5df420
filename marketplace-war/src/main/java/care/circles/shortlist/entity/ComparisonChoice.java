package care.circles.shortlist.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import care.circles.platform.InvalidInputException;

/**
 * The PAs someone chose to compare: 2 or 3 profile ids, from {@code ?ids=1,2,3} or ticked boxes
 * ({@code ?ids=1&ids=2}), in the order chosen, each once.
 */
public record ComparisonChoice(List<Long> profileIds) {

    public static final int MOST = 3;
    /** The id of the first checkbox on the choice form, so a problem links to it. */
    public static final String FIELD = "ids";

    public ComparisonChoice {
        profileIds = List.copyOf(profileIds);
        if (profileIds.size() < 2) {
            throw new InvalidInputException(FIELD, "Choose 2 or 3 personal assistants to compare");
        }
        if (profileIds.size() > MOST) {
            throw new InvalidInputException(FIELD, "You can compare up to " + MOST
                    + " personal assistants at a time. You chose " + profileIds.size()
                    + ": untick " + (profileIds.size() - MOST == 1 ? "one" : profileIds.size() - MOST)
                    + " and compare again.");
        }
    }

    /** @param values the ids parameter's values as sent, each possibly a comma-separated list */
    public static ComparisonChoice of(String... values) {
        return new ComparisonChoice(List.copyOf(ids(values)));
    }

    /** The ids in what was sent, ignoring anything that is not one (for ticking boxes again). */
    public static Set<Long> ids(String... values) {
        Set<Long> ids = new LinkedHashSet<>();
        if (values == null) {
            return ids;
        }
        for (String value : values) {
            for (String part : value == null ? new String[0] : value.split(",")) {
                try {
                    ids.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException ignoredNotAnId) {
                    // Only a hand-made address has these; the choice is judged on the real ids.
                }
            }
        }
        return ids;
    }
}

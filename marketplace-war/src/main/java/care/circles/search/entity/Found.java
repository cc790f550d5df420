package care.circles.search.entity;

import java.util.List;

/**
 * One page of what the site-wide search found of one kind, in a shape every kind shares: a
 * title that links to the thing, where it is, and a few facts.
 */
public record Found(long total, List<Item> items) {

    public static final Found NOTHING = new Found(0, List.of());

    public Found {
        items = List.copyOf(items);
    }

    /**
     * @param link       a path within the site, like /profile.xhtml?id=12
     * @param caption    what kind of thing it is, like "Hub"
     * @param distanceKm from the place searched near, or null
     */
    public record Item(String title, String link, String caption, String town, Double distanceKm, List<Fact> facts) {

        public Item {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String label, String text) {
    }
}

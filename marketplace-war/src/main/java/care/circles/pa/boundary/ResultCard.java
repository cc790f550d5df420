package care.circles.pa.boundary;

import java.util.List;

/**
 * One PA in the search page's results, with every text it shows worked out once: the page
 * reads plain properties rather than calling label and format methods for each result.
 */
public final class ResultCard {

    private final long id;
    private final String displayName;
    private final String whereFrom;
    private final String rate;
    private final String support;
    private final String languages;
    private final String reviews;
    private final List<String> badges;
    private final boolean photo;

    ResultCard(long id, String displayName, String whereFrom, String rate, String support, String languages,
               String reviews, List<String> badges, boolean photo) {
        this.id = id;
        this.displayName = displayName;
        this.whereFrom = whereFrom;
        this.rate = rate;
        this.support = support;
        this.languages = languages;
        this.reviews = reviews;
        this.badges = badges;
        this.photo = photo;
    }

    /** The profile's id, for its link and the shortlist buttons. */
    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** "Wimborne, 3.5 km away", or the town alone when the search had no place. */
    public String getWhereFrom() {
        return whereFrom;
    }

    /** "£14.50". */
    public String getRate() {
        return rate;
    }

    /** The kinds of support offered, in the council's order: "Dementia care, Meals". */
    public String getSupport() {
        return support;
    }

    public String getLanguages() {
        return languages;
    }

    /** "4.5 out of 5 from 2 reviews", or "No reviews yet". */
    public String getReviews() {
        return reviews;
    }

    /** One text per verified check: "Enhanced DBS check, verified 1 October 2026". */
    public List<String> getBadges() {
        return badges;
    }

    public boolean isPhoto() {
        return photo;
    }
}

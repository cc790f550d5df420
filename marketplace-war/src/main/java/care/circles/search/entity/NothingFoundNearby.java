package care.circles.search.entity;

/**
 * A person searched near a place and found nothing: the signal of a gap in local supply. It
 * carries the place and what was searched for, and deliberately nothing about the person or
 * the words they typed. Fired by search pages (not the JSON API, whose machine callers would
 * drown the signal), once per search, never for the wider searches a page tries by itself.
 */
public record NothingFoundNearby(Kind kind, long placeId) {

    public enum Kind {
        PA, DAY_OPPORTUNITY
    }
}

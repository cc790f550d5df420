package care.circles.market.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import care.circles.place.entity.Place;

/**
 * One locality's market figures; the whole county is a locality without a town.
 *
 * @param town   the town it is named after; null for the whole county
 * @param places how many gazetteer places (the town and its villages) it covers
 */
public record LocalityFigures(Place town, int places, Map<MarketMeasure, Long> values) {

    public LocalityFigures {
        Map<MarketMeasure, Long> copy = new EnumMap<>(MarketMeasure.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /** The figure, or null when there is nothing to measure (a median without PAs). */
    public Long value(MarketMeasure measure) {
        return values.get(measure);
    }

    public String formatted(MarketMeasure measure) {
        return measure.format(value(measure));
    }

    public String name() {
        return town == null ? "Whole county" : town.name();
    }

    /** Stands for the locality in links and stored snapshots: the town's id, 0 for the county. */
    public long key() {
        return town == null ? 0 : town.id();
    }
}

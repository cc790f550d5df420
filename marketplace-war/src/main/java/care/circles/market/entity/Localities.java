package care.circles.market.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import care.circles.place.entity.Place;

/**
 * The county cut into localities: each town with the rural places nearer to it than to any
 * other town. A town is a gazetteer place that a postcode district points at (the post towns:
 * every address has one); the villages and small places without a district of their own join
 * the nearest town, as the crow flies. A gazetteer with no districts makes every place a town.
 */
public final class Localities {

    private final List<Place> towns;
    private final Map<Long, Place> townOfPlace = new HashMap<>();
    private final Map<Long, List<Place>> placesOfTown = new HashMap<>();

    public Localities(List<Place> places, Set<Long> townIds) {
        List<Place> chosen = places.stream().filter(p -> townIds.contains(p.id())).toList();
        this.towns = (chosen.isEmpty() ? places : chosen).stream().sorted(Comparator.comparing(Place::name)).toList();
        for (Place place : places) {
            nearestTown(place).ifPresent(town -> {
                townOfPlace.put(place.id(), town);
                placesOfTown.computeIfAbsent(town.id(), id -> new ArrayList<>()).add(place);
            });
        }
    }

    /** The towns, A to Z: one locality each. */
    public List<Place> towns() {
        return towns;
    }

    /** The town whose locality the place is in; nothing for a place not in the gazetteer. */
    public Optional<Place> townOf(long placeId) {
        return Optional.ofNullable(townOfPlace.get(placeId));
    }

    /** The places of a town's locality, the town first and then A to Z. */
    public List<Place> placesOf(Place town) {
        return placesOfTown.getOrDefault(town.id(), List.of()).stream()
                .sorted(Comparator.comparing((Place p) -> p.id() != town.id()).thenComparing(Place::name))
                .toList();
    }

    private Optional<Place> nearestTown(Place place) {
        // Ties go to the town first in A to Z order, so the answer never depends on load order.
        return towns.stream().min(Comparator.comparingDouble((Place town) -> town.point().kilometresTo(place.point())));
    }
}

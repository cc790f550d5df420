package care.circles.place.entity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a gazetteer place from what a person typed: a town ("dorchester", "Blandford"), a
 * postcode district ("DT1") or a full postcode ("BH21 1AA"). Immutable; built once from the
 * database and shared.
 */
public final class PlaceIndex {

    private final List<Place> places;
    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> byDistrict;

    public PlaceIndex(List<Place> places, Map<PostcodeDistrict, Place> districts) {
        this.places = places.stream().sorted(Comparator.comparing(Place::name)).toList();
        for (Place place : places) {
            byName.put(normalise(place.name()), place);
        }
        this.byDistrict = new HashMap<>();
        districts.forEach((district, place) -> byDistrict.put(district.code(), place));
    }

    public Optional<Place> find(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<PostcodeDistrict> district = PostcodeDistrict.parse(typed);
        if (district.isPresent()) {
            return Optional.ofNullable(byDistrict.get(district.get().code()));
        }
        String key = normalise(typed);
        Place exact = byName.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<Place> starting = places.stream().filter(p -> normalise(p.name()).startsWith(key + " ")).toList();
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }

    public Optional<Place> byId(long id) {
        return places.stream().filter(p -> p.id() == id).findFirst();
    }

    /** Every place, A to Z, for suggestions in forms. */
    public List<Place> all() {
        return places;
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    }
}

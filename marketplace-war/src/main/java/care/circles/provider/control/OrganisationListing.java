package care.circles.provider.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.ActiveAccreditation;
import care.circles.place.entity.Place;
import care.circles.provider.entity.Organisation;
import care.circles.provider.entity.ServedArea;
import care.circles.taxonomy.entity.SupportTypes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * An organisation as the search index holds it, in the same shape through the outbox or a full
 * rebuild. Each accreditation carries its expiry date, and the "…Until" fields the latest one of
 * each kind, so a search leaves out an accreditation on the day after it expires, before the
 * nightly sweep has recorded the lapse.
 */
public record OrganisationListing(long id, String name, String type, String typeLabel, String mainWork, String town,
                                  long placeId, Location location, List<String> areas, List<Location> areaLocations,
                                  List<String> supports, List<String> supportLabels, List<String> activities,
                                  List<String> activityLabels, String description, boolean regulatedPersonalCare,
                                  List<Accredited> accreditations, String accreditedUntil, String qualityMarkUntil,
                                  String frameworkUntil, String isfUntil) {

    public static final String INDEX = "organisations";
    private static final Jsonb JSON = JsonbBuilder.create();

    public record Location(double lat, double lon) {

        static Location of(Place place) {
            return new Location(place.point().latitude(), place.point().longitude());
        }
    }

    /** An accreditation in force when the listing was written. */
    public record Accredited(String kind, String label, String validFrom, String expiresOn, List<String> conditions) {

        static Accredited of(ActiveAccreditation accreditation) {
            return new Accredited(accreditation.kind().name(), accreditation.kind().label(),
                    accreditation.validFrom().toString(), accreditation.expiresOn().toString(), accreditation.conditions());
        }

        public boolean inForceOn(LocalDate today) {
            return !LocalDate.parse(expiresOn).isBefore(today);
        }
    }

    public static OrganisationListing of(Organisation organisation, Function<Long, Place> places, SupportTypes supports,
                                         Function<String, String> activityLabel, List<ActiveAccreditation> active) {
        Place town = places.apply(organisation.placeId());
        List<String> supportCodes = supports.ordered(organisation.supports());
        List<String> activityCodes = organisation.activities().stream().sorted().toList();
        List<Location> areaLocations = new ArrayList<>();
        for (ServedArea area : organisation.areas()) {
            Place place = places.apply(area.placeId());
            if (place != null) {
                areaLocations.add(Location.of(place));
            }
        }
        List<Accredited> accredited = active.stream()
                .sorted(Comparator.comparing(ActiveAccreditation::kind)).map(Accredited::of).toList();
        return new OrganisationListing(organisation.id(), organisation.name(), organisation.type().name(),
                organisation.type().label(), organisation.mainWork().name(), town.name(), town.id(), Location.of(town),
                organisation.areas().stream().map(ServedArea::name).toList(), areaLocations,
                supportCodes, supportCodes.stream().map(supports::label).toList(),
                activityCodes, activityCodes.stream().map(activityLabel).toList(),
                organisation.description(), organisation.regulatedPersonalCare(), accredited,
                until(active, null), until(active, AccreditationKind.MICRO_PROVIDER_QUALITY_MARK),
                until(active, AccreditationKind.DORSET_CARE_FRAMEWORK), until(active, AccreditationKind.ISF_PROVIDER));
    }

    private static String until(List<ActiveAccreditation> active, AccreditationKind kind) {
        return active.stream().filter(a -> kind == null || a.kind() == kind).map(ActiveAccreditation::expiresOn)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
    }

    public String toJson() {
        return JSON.toJson(this);
    }
}

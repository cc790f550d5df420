package care.circles.dayopportunity.control;

import java.time.DayOfWeek;
import java.util.List;

import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.Facility;
import care.circles.dayopportunity.entity.FundingWay;
import care.circles.dayopportunity.entity.Outlook;
import care.circles.dayopportunity.entity.SupportedNeed;
import care.circles.place.entity.Place;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * A listed hub or spoke as the search index holds it, the same whether it travels through the
 * outbox or a full rebuild. {@code days} are the weekdays with sessions in the weeks ahead.
 */
public record DayOpportunityListing(long id, String kind, String name, String providerName, String town, long placeId,
                                    Location location, String address, String category, String categoryLabel,
                                    String description, String whoItSuits, Integer minAge, Integer maxAge,
                                    long pricePence, boolean free, List<String> funding, List<String> facilities,
                                    List<String> facilityLabels, List<String> needs, List<String> needLabels,
                                    List<String> days, boolean carersBreaks, Long hubId, String hubName) {

    public static final String INDEX = "day-opportunities";
    private static final Jsonb JSON = JsonbBuilder.create();

    public record Location(double lat, double lon) {
    }

    /** @param hubName the name of the hub whose network a spoke belongs to, or null */
    public static DayOpportunityListing of(DayOpportunity listing, Place place, String providerName, String hubName,
                                           Outlook outlook) {
        return new DayOpportunityListing(listing.id(), listing.kind().name(), listing.name(), providerName,
                place.name(), place.id(), new Location(place.point().latitude(), place.point().longitude()),
                listing.address(), listing.category().name(), listing.category().getLabel(), listing.description(),
                listing.whoItSuits(), listing.minAge(), listing.maxAge(), listing.price().pence(), listing.isFree(),
                listing.funding().stream().map(FundingWay::name).toList(),
                listing.facilities().stream().map(Facility::name).toList(),
                listing.facilities().stream().map(Facility::getLabel).toList(),
                listing.needs().stream().map(SupportedNeed::name).toList(),
                listing.needs().stream().map(SupportedNeed::getLabel).toList(),
                outlook.days().stream().map(DayOfWeek::name).toList(), outlook.carersBreaks(),
                listing.hubId(), hubName);
    }

    public String toJson() {
        return JSON.toJson(this);
    }
}

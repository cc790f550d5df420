package care.circles.advert.control;

import java.util.List;

import care.circles.advert.entity.JobAdvert;
import care.circles.advert.entity.WeeklyPattern;
import care.circles.place.entity.Place;
import care.circles.taxonomy.entity.SupportTypes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * A published advert as the search index holds it, in the same shape whether it travels
 * through the outbox or a full rebuild. {@code closesAt} lets a search leave out an advert
 * whose 60 days are over even before the clean-up has removed it.
 */
public record AdvertListing(long id, String title, String town, long placeId, Location location, List<String> skills,
                            List<String> skillLabels, List<String> times, String timesText, double hoursPerWeek,
                            String startDate, long hourlyRatePence, String description, String publishedAt,
                            String closesAt) {

    public static final String INDEX = "adverts";
    private static final Jsonb JSON = JsonbBuilder.create();

    public record Location(double lat, double lon) {
    }

    public static AdvertListing of(JobAdvert advert, Place place, SupportTypes types) {
        List<String> skills = types.ordered(advert.skills());
        WeeklyPattern pattern = advert.pattern();
        return new AdvertListing(advert.id(), advert.title(), place.name(), place.id(),
                new Location(place.point().latitude(), place.point().longitude()),
                skills,
                skills.stream().map(types::label).toList(),
                pattern.codes(), pattern.summary(), pattern.hoursPerWeek().doubleValue(),
                advert.startDate().date().toString(), advert.rate().perHour().pence(), advert.description(),
                advert.publishedAt().toString(), advert.closesAt().toString());
    }

    public String toJson() {
        return JSON.toJson(this);
    }
}

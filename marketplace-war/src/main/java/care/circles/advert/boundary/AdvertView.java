package care.circles.advert.boundary;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import care.circles.advert.entity.AdvertStatus;
import care.circles.advert.entity.JobAdvert;
import care.circles.place.entity.Place;
import care.circles.platform.Platform;
import care.circles.taxonomy.entity.SupportTypes;

/** An advert as pages show it, worded for people: the same on the public, poster's and council's pages. */
public record AdvertView(long id, String title, String town, String times, String hours, List<String> support,
                         String startDate, String rate, long ratePence, String description, AdvertStatus status,
                         String rejectionReason, String closes) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(Platform.UK);

    public static AdvertView of(JobAdvert advert, Place place, Instant now, SupportTypes types) {
        Instant closesAt = advert.closesAt();
        return new AdvertView(advert.id(), advert.title(), place == null ? "" : place.name(),
                advert.pattern().summary(), advert.pattern().hoursText(),
                types.ordered(advert.skills()).stream().map(types::label).toList(),
                advert.startDate().spoken(), advert.rate().toString(), advert.rate().perHour().pence(),
                advert.description(), advert.status(now), advert.rejectionReason(),
                closesAt == null ? null : DAY.format(closesAt));
    }

    public static String day(Instant instant) {
        return DAY.format(instant);
    }

    public boolean isOpen() {
        return status == AdvertStatus.PUBLISHED;
    }
}

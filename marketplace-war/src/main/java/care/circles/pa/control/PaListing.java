package care.circles.pa.control;

import java.util.List;

import care.circles.pa.entity.Language;
import care.circles.pa.entity.PaProfile;
import care.circles.place.entity.Place;
import care.circles.review.entity.ReviewSummary;
import care.circles.taxonomy.entity.SupportTypes;
import care.circles.vetting.entity.VerifiedCheck;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * A published PA profile as the search index holds it. Built from the profile and its place,
 * in the same shape whether it travels through the outbox or a full rebuild.
 */
public record PaListing(long id, String displayName, String town, long placeId, Location location,
                        List<String> skills, List<String> skillLabels, long hourlyRatePence, String aboutMe,
                        String publishedAt, List<String> languages, String gender, boolean hasCar,
                        boolean hasDrivingLicence, int travelKm, String employment, List<String> availability,
                        boolean hasPhoto, List<Badge> checks, long reviewCount, Double averageRating) {

    public static final String INDEX = "pas";
    private static final Jsonb JSON = JsonbBuilder.create();

    public record Location(double lat, double lon) {
    }

    /** A check the council verified: shown as a badge with its date. */
    public record Badge(String type, String label, String verifiedOn, String expiresOn) {

        static Badge of(VerifiedCheck check) {
            return new Badge(check.type().name(), check.type().label(), check.verifiedOn().toString(),
                    check.expiresOn() == null ? null : check.expiresOn().toString());
        }
    }

    /**
     * @param badges  the PA's verified, unexpired checks; kinds of support that need vetting (personal
     *                care) are listed only when they include a verified photo ID and enhanced DBS check
     * @param reviews the PA's shown reviews: count and average go into the listing, so a page of
     *                results needs no database query
     */
    public static PaListing of(PaProfile profile, Place place, boolean hasPhoto, SupportTypes types,
                               List<VerifiedCheck> badges, ReviewSummary reviews) {
        boolean vetted = VerifiedCheck.allowPersonalCare(badges);
        List<String> skills = types.ordered(profile.skills()).stream()
                .filter(code -> vetted || !types.needsVetting(code))
                .toList();
        return new PaListing(profile.id(), profile.displayName(), place.name(), place.id(),
                new Location(place.point().latitude(), place.point().longitude()),
                skills,
                skills.stream().map(types::label).toList(),
                profile.hourlyRate().pence(), profile.aboutMe(),
                profile.publishedAt() == null ? null : profile.publishedAt().toString(),
                profile.languages().stream().sorted().map(Language::name).toList(),
                profile.gender().name(), profile.hasCar(), profile.hasDrivingLicence(), profile.travelKm(),
                profile.employment().name(), profile.availability().codes(), hasPhoto,
                badges.stream().map(Badge::of).toList(),
                reviews.count(), reviews.isEmpty() ? null : reviews.average().doubleValue());
    }

    public String toJson() {
        return JSON.toJson(this);
    }
}

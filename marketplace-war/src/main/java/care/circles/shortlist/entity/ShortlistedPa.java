package care.circles.shortlist.entity;

import java.util.List;

import care.circles.pa.entity.PaProfile;
import care.circles.taxonomy.entity.SupportTypes;

/** A PA as the shortlist and the comparison show them. */
public record ShortlistedPa(long profileId, String name, String town, String hourlyRate, List<String> support,
                            String aboutMe, boolean onRegister) {

    /** Support that needs vetting is listed as search lists it: see {@code PaListing}. */
    public static ShortlistedPa of(PaProfile profile, String town, SupportTypes types, boolean vetted) {
        return new ShortlistedPa(profile.id(), profile.displayName(), town, profile.hourlyRate().toString(),
                types.ordered(profile.skills()).stream().filter(code -> vetted || !types.needsVetting(code))
                        .map(types::label).toList(),
                profile.aboutMe(), profile.isPublished());
    }
}

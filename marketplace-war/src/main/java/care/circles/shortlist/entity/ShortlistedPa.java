package care.circles.shortlist.entity;

import java.util.List;

import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.Skill;

/** A PA as the shortlist and the comparison show them. */
public record ShortlistedPa(long profileId, String name, String town, String hourlyRate, List<String> support,
                            String aboutMe, boolean onRegister) {

    public static ShortlistedPa of(PaProfile profile, String town) {
        return new ShortlistedPa(profile.id(), profile.displayName(), town, profile.hourlyRate().toString(),
                profile.skills().stream().sorted().map(Skill::label).toList(), profile.aboutMe(), profile.isPublished());
    }
}

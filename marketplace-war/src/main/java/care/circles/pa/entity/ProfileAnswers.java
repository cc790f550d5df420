package care.circles.pa.entity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a PA typed into the profile form, unchecked. {@link ProfileDetails#of} turns it into a
 * checked profile or lists every problem.
 */
public record ProfileAnswers(String displayName, String town, String hourlyRate, String aboutMe,
                             Collection<String> skills, Collection<String> languages, String gender,
                             boolean hasCar, boolean hasDrivingLicence, String travelKm, String hoursWanted,
                             String employment, Collection<String> availability) {

    public ProfileAnswers {
        skills = skills == null ? List.of() : List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    /** The answers a PA must give; the rest take their defaults (English, 10 km, either kind of work). */
    public static ProfileAnswers essentials(String displayName, String town, String hourlyRate, String aboutMe,
                                            Set<String> skills) {
        return new ProfileAnswers(displayName, town, hourlyRate, aboutMe,
                List.copyOf(skills), List.of(Language.ENGLISH.name()), Gender.NOT_SAID.name(),
                false, false, "10", null, EmploymentPreference.EITHER.name(), List.of());
    }

    public ProfileAnswers withAvailability(Collection<String> slots) {
        return new ProfileAnswers(displayName, town, hourlyRate, aboutMe, skills, languages, gender, hasCar,
                hasDrivingLicence, travelKm, hoursWanted, employment, slots);
    }

    public ProfileAnswers withLanguagesAndGender(Collection<String> spoken, String genderCode) {
        return new ProfileAnswers(displayName, town, hourlyRate, aboutMe, skills, spoken, genderCode, hasCar,
                hasDrivingLicence, travelKm, hoursWanted, employment, availability);
    }

    public ProfileAnswers withTransport(boolean car, boolean licence, String employmentCode) {
        return new ProfileAnswers(displayName, town, hourlyRate, aboutMe, skills, languages, gender, car, licence,
                travelKm, hoursWanted, employmentCode, availability);
    }
}

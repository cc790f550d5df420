package care.circles.pa.boundary;

import java.util.List;

import care.circles.pa.entity.AvailabilitySlot;
import care.circles.pa.entity.Language;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.PartOfDay;
import care.circles.pa.entity.TimeAway;
import care.circles.pa.entity.WeeklyAvailability;
import care.circles.payments.Money;
import care.circles.platform.SpokenDate;
import care.circles.taxonomy.entity.SupportTypes;
import care.circles.vetting.entity.VerifiedCheck;

/** A PA profile as people read it, for the public page and the PA's own preview. */
public class ProfileView {

    private final PaProfile profile;
    private final String town;
    private final boolean hasPhoto;
    private final List<TimeAway> timeAway;
    private final Money baseRate;
    private final SupportTypes types;
    private final List<VerifiedCheck> badges;

    public ProfileView(PaProfile profile, String town, boolean hasPhoto, List<TimeAway> timeAway, Money baseRate,
                       SupportTypes types, List<VerifiedCheck> badges) {
        this.badges = badges;
        this.profile = profile;
        this.town = town;
        this.hasPhoto = hasPhoto;
        this.timeAway = timeAway;
        this.baseRate = baseRate;
        this.types = types;
    }

    public long getId() {
        return profile.id();
    }

    /** Reviews belong to the PA's account, so they follow the PA to a remade profile. */
    public long getAccountId() {
        return profile.accountId();
    }

    public String getDisplayName() {
        return profile.displayName();
    }

    public String getTown() {
        return town;
    }

    public String getTravel() {
        return profile.travelKm() == 0 ? "Works in " + town + " only" : "Up to " + profile.travelKm() + " km from " + town;
    }

    public String getHourlyRate() {
        return profile.hourlyRate().toString();
    }

    public String getBaseRate() {
        return baseRate.toString();
    }

    public boolean isBelowBaseRate() {
        return profile.hourlyRate().isLessThan(baseRate);
    }

    public String getAboutMe() {
        return profile.aboutMe();
    }

    public List<String> getSkills() {
        boolean vetted = VerifiedCheck.allowPersonalCare(badges);
        return types.ordered(profile.skills()).stream()
                .filter(code -> vetted || !types.needsVetting(code))
                .map(types::label).toList();
    }

    /** Support the PA offers that others do not see yet, because it needs checks not yet verified. */
    public List<String> getWithheldSkills() {
        if (VerifiedCheck.allowPersonalCare(badges)) {
            return List.of();
        }
        return types.ordered(profile.skills()).stream().filter(types::needsVetting).map(types::label).toList();
    }

    public List<String> getBadges() {
        return badges.stream().map(b -> b.type().label() + ", verified " + SpokenDate.of(b.verifiedOn())).toList();
    }


    public String getLanguages() {
        List<String> labels = profile.languages().stream().sorted().map(Language::getLabel).toList();
        return labels.isEmpty() ? "Not given" : String.join(", ", labels);
    }

    public String getGender() {
        return profile.gender().getLabel();
    }

    public String getTransport() {
        if (profile.hasCar()) {
            return profile.hasDrivingLicence() ? "Has a car and a full driving licence" : "Has a car";
        }
        return profile.hasDrivingLicence() ? "Has a full driving licence, no car" : "No car";
    }

    public String getEmployment() {
        return profile.employment().asOthersSeeIt();
    }

    public String getHoursWanted() {
        return profile.hoursWanted() == null ? null : profile.hoursWanted() + " hours a week";
    }

    public boolean isHasPhoto() {
        return hasPhoto;
    }

    public boolean isHasAvailability() {
        return !profile.availability().isEmpty();
    }

    public List<PartOfDay> getPartsOfDay() {
        return List.of(PartOfDay.values());
    }

    /** The week as rows of four slots, Monday first. */
    public List<List<AvailabilitySlot>> getWeek() {
        return WeeklyAvailability.byDay();
    }

    public boolean availableAt(AvailabilitySlot slot) {
        return profile.availability().includes(slot);
    }

    public List<TimeAway> getTimeAway() {
        return timeAway;
    }

    public String getStatus() {
        return profile.status().description();
    }
}

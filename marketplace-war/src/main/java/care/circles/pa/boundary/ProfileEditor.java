package care.circles.pa.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.pa.control.CouncilRates;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.AvailabilitySlot;
import care.circles.pa.entity.DateRange;
import care.circles.pa.entity.EmploymentPreference;
import care.circles.pa.entity.Gender;
import care.circles.pa.entity.Language;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.PartOfDay;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfileDetails;
import care.circles.pa.entity.ProfilePhoto;
import care.circles.pa.entity.ProfileStatus;
import care.circles.pa.entity.TimeAway;
import care.circles.pa.entity.WeeklyAvailability;
import care.circles.payments.Money;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.vetting.control.VettingRecords;
import care.circles.taxonomy.entity.SupportKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/** The signed-in PA's own profile form. /pa/* is restricted to the PA role in web.xml. */
@Named
@RequestScoped
public class ProfileEditor {

    @Inject
    PaProfiles profiles;

    @Inject
    CurrentAccount current;

    @Inject
    Gazetteer gazetteer;

    @Inject
    CouncilRates rates;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    VettingRecords vetting;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    java.time.Clock clock;

    private String displayName;
    private String town;
    private String hourlyRate;
    private String aboutMe;
    private String travelKm = "10";
    private String hoursWanted;
    private List<String> skills = new ArrayList<>();
    private List<String> languages = new ArrayList<>(List.of(Language.ENGLISH.name()));
    private List<String> availability = new ArrayList<>();
    private String gender = Gender.NOT_SAID.name();
    private String employment = EmploymentPreference.EITHER.name();
    private boolean hasCar;
    private boolean hasDrivingLicence;
    private ProfileStatus status;
    private Long profileId;
    private String confirmation;
    private boolean belowBaseRate;
    private Part photo;
    private String awayFrom;
    private String awayTo;
    private String awayNote;

    @PostConstruct
    void fill() {
        profiles.ownedBy(current.require()).ifPresent(this::showSaved);
    }

    public String saveDraft() {
        return change(false);
    }

    public String publish() {
        return change(true);
    }

    public String unpublish() {
        profiles.unpublish(current.require()).ifPresent(p -> {
            showSaved(p);
            confirmation = "Your profile is hidden from search. Publish it again whenever you are ready.";
        });
        return null;
    }

    private String change(boolean publish) {
        readTicked();
        try {
            ProfileDetails details = ProfileDetails.of(new ProfileAnswers(displayName, town, hourlyRate, aboutMe, skills,
                    languages, gender, hasCar, hasDrivingLicence, travelKm, hoursWanted, employment, availability),
                    gazetteer::find, taxonomy.current());
            PaProfile saved = publish ? profiles.publish(current.require(), details)
                    : profiles.save(current.require(), details);
            showSaved(saved);
            confirmation = publish ? "Your profile is published. People can now find you in search."
                    : saved.isPublished() ? "Your changes are saved and shown in search."
                    : "Your draft is saved. It is not shown in search until you publish it.";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    /** Checkboxes and radios are plain HTML inputs: read them from the request. */
    private void readTicked() {
        Map<String, String[]> posted = faces.getExternalContext().getRequestParameterValuesMap();
        skills = values(posted, "skills");
        languages = values(posted, "languages");
        availability = values(posted, "availability");
        gender = values(posted, "gender").stream().findFirst().orElse(null);
        employment = values(posted, "employment").stream().findFirst().orElse(null);
        hasCar = values(posted, "hasCar").contains("true");
        hasDrivingLicence = values(posted, "hasDrivingLicence").contains("true");
    }

    private static List<String> values(Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(values));
    }

    public String uploadPhoto() {
        if (photo == null || photo.getSize() == 0) {
            feedback.show("photo", "Choose a photo to upload");
            return null;
        }
        if (photo.getSize() > ProfilePhoto.MAX_BYTES) {
            feedback.show("photo", "The photo must be 5 MB or smaller");
            return null;
        }
        try (InputStream in = photo.getInputStream()) {
            profiles.replacePhoto(current.require(), ProfilePhoto.fromUpload(in.readAllBytes()));
            confirmation = "Your photo is saved.";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (IOException e) {
            feedback.show("photo", "The upload did not finish. Please try again.");
        }
        return null;
    }

    public String removePhoto() {
        profiles.removePhoto(current.require());
        confirmation = "Your photo is removed.";
        return null;
    }

    public String addTimeAway() {
        try {
            java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(Platform.UK));
            TimeAway away = profiles.addTimeAway(current.require(), DateRange.typed(awayFrom, awayTo, today), awayNote);
            confirmation = "Time away added: " + away.getDescription() + ".";
            awayFrom = null;
            awayTo = null;
            awayNote = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    public String removeTimeAway(long id) {
        profiles.removeTimeAway(current.require(), id);
        confirmation = "Time away removed.";
        return null;
    }

    private void showSaved(PaProfile profile) {
        profileId = profile.id();
        displayName = profile.displayName();
        town = gazetteer.byId(profile.placeId()).map(p -> p.name()).orElse("");
        hourlyRate = profile.hourlyRate().toPlainPounds();
        aboutMe = profile.aboutMe();
        skills = List.copyOf(profile.skills());
        languages = profile.languages().stream().map(Language::name).toList();
        availability = profile.availability().codes();
        gender = profile.gender().name();
        employment = profile.employment().name();
        hasCar = profile.hasCar();
        hasDrivingLicence = profile.hasDrivingLicence();
        travelKm = String.valueOf(profile.travelKm());
        hoursWanted = profile.hoursWanted() == null ? null : String.valueOf(profile.hoursWanted());
        status = profile.status();
        belowBaseRate = rates.isBelowBase(profile.hourlyRate());
    }

    public List<SupportKind> getAllSkills() {
        return taxonomy.current().active();
    }

    public List<Language> getAllLanguages() {
        return List.of(Language.values());
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public List<EmploymentPreference> getEmploymentChoices() {
        return List.of(EmploymentPreference.values());
    }

    public List<PartOfDay> getPartsOfDay() {
        return List.of(PartOfDay.values());
    }

    public List<List<AvailabilitySlot>> getWeek() {
        return WeeklyAvailability.byDay();
    }

    /** The saved profile as others will see it. */
    public ProfileView getPreview() {
        return profiles.ownedBy(current.require())
                .map(p -> new ProfileView(p, town, profiles.hasPhoto(p.id()), profiles.timeAway(p.id()),
                        rates.baseHourlyRate(), taxonomy.current(),
                        vetting.currentlyVerified(p.accountId(), java.time.LocalDate.now(clock.withZone(Platform.UK)))))
                .orElse(null);
    }

    public String delete() {
        profiles.delete(current.require());
        return "/account/index.xhtml?faces-redirect=true&profileDeleted=true";
    }

    public boolean offers(String skill) {
        return skills.contains(skill);
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    public boolean availableAt(String slot) {
        return availability.contains(slot);
    }

    public List<TimeAway> getTimeAway() {
        return profileId == null ? List.of() : profiles.timeAway(profileId);
    }

    public boolean isHasPhoto() {
        return profileId != null && profiles.hasPhoto(profileId);
    }

    public String getBaseRate() {
        return rates.baseHourlyRate().toString();
    }

    public boolean isBelowBaseRate() {
        return belowBaseRate;
    }

    public boolean isSaved() {
        return profileId != null;
    }

    public boolean isPublished() {
        return status == ProfileStatus.PUBLISHED;
    }

    public String getStatusText() {
        return status == null ? "Not saved yet: not shown in search" : status.description();
    }

    public Long getProfileId() {
        return profileId;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public int getMaxAbout() {
        return ProfileDetails.MAX_ABOUT;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getAboutMe() {
        return aboutMe;
    }

    public void setAboutMe(String aboutMe) {
        this.aboutMe = aboutMe;
    }

    public String getTravelKm() {
        return travelKm;
    }

    public void setTravelKm(String travelKm) {
        this.travelKm = travelKm;
    }

    public String getHoursWanted() {
        return hoursWanted;
    }

    public void setHoursWanted(String hoursWanted) {
        this.hoursWanted = hoursWanted;
    }

    public String getGender() {
        return gender;
    }

    public String getEmployment() {
        return employment;
    }

    public boolean isHasCar() {
        return hasCar;
    }

    public boolean isHasDrivingLicence() {
        return hasDrivingLicence;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String getAwayFrom() {
        return awayFrom;
    }

    public void setAwayFrom(String awayFrom) {
        this.awayFrom = awayFrom;
    }

    public String getAwayTo() {
        return awayTo;
    }

    public void setAwayTo(String awayTo) {
        this.awayTo = awayTo;
    }

    public String getAwayNote() {
        return awayNote;
    }

    public void setAwayNote(String awayNote) {
        this.awayNote = awayNote;
    }

    /** Says whether the rate typed is below the council's base rate: a warning, never a block. */
    public boolean rateBelowBase(String typed) {
        try {
            return rates.isBelowBase(Money.parsePounds(typed));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

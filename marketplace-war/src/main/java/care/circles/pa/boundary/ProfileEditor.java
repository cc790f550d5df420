package care.circles.pa.boundary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import care.circles.account.control.CurrentAccount;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.ProfileDetails;
import care.circles.pa.entity.ProfileStatus;
import care.circles.pa.entity.Skill;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String displayName;
    private String town;
    private String hourlyRate;
    private String aboutMe;
    private List<String> skills = new ArrayList<>();
    private ProfileStatus status;
    private Long profileId;
    private String confirmation;

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
        String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get("skills");
        skills = ticked == null ? new ArrayList<>() : List.of(ticked);
        try {
            ProfileDetails details = ProfileDetails.of(displayName, town, gazetteer.find(town).orElse(null),
                    hourlyRate, aboutMe, chosenSkills());
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

    private Set<Skill> chosenSkills() {
        Set<Skill> chosen = EnumSet.noneOf(Skill.class);
        for (String code : skills) {
            try {
                chosen.add(Skill.valueOf(code));
            } catch (IllegalArgumentException ignoredUnknownCode) {
                // A tampered form: unknown codes are simply not saved.
            }
        }
        return chosen;
    }

    private void showSaved(PaProfile profile) {
        profileId = profile.id();
        displayName = profile.displayName();
        town = gazetteer.byId(profile.placeId()).map(p -> p.name()).orElse("");
        hourlyRate = profile.hourlyRate().toPlainPounds();
        aboutMe = profile.aboutMe();
        skills = profile.skills().stream().map(Skill::name).toList();
        status = profile.status();
    }

    public Skill[] getAllSkills() {
        return Skill.values();
    }

    public boolean offers(Skill skill) {
        return skills.contains(skill.name());
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

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills == null ? new ArrayList<>() : new ArrayList<>(skills);
    }
}

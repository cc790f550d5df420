package care.circles.pa.boundary;

import java.util.List;

import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.Skill;
import care.circles.place.control.Gazetteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A published PA profile as anyone may see it. Unpublished profiles are simply not found. */
@Named
@RequestScoped
public class PublicProfile {

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @Inject
    FacesContext faces;

    private String id;
    private PaProfile profile;

    public void load() {
        try {
            profile = profiles.published(Long.parseLong(id == null ? "" : id.strip())).orElse(null);
        } catch (NumberFormatException e) {
            profile = null;
        }
        if (profile == null) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return profile != null;
    }

    /** For the "Send a message" and shortlist buttons. */
    public Long getProfileId() {
        return profile.id();
    }

    public String getDisplayName() {
        return profile.displayName();
    }

    public String getTown() {
        return gazetteer.byId(profile.placeId()).map(p -> p.name()).orElse("");
    }

    public String getHourlyRate() {
        return profile.hourlyRate().toString();
    }

    public String getAboutMe() {
        return profile.aboutMe();
    }

    public List<String> getSkills() {
        return profile.skills().stream().sorted().map(Skill::label).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

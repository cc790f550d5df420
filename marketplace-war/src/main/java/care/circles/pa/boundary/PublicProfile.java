package care.circles.pa.boundary;

import care.circles.pa.control.CouncilRates;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.place.control.Gazetteer;
import java.time.Clock;
import java.time.LocalDate;

import care.circles.platform.Platform;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.vetting.control.VettingRecords;
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
    CouncilRates rates;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    VettingRecords vetting;

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    private String id;
    private ProfileView view;

    public void load() {
        PaProfile profile;
        try {
            profile = profiles.published(Long.parseLong(id == null ? "" : id.strip())).orElse(null);
        } catch (NumberFormatException e) {
            profile = null;
        }
        if (profile == null) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        view = new ProfileView(profile, gazetteer.byId(profile.placeId()).map(p -> p.name()).orElse(""),
                profiles.hasPhoto(profile.id()), profiles.timeAway(profile.id()), rates.baseHourlyRate(),
                taxonomy.current(), vetting.currentlyVerified(profile.accountId(), LocalDate.now(clock.withZone(Platform.UK))));
    }

    public boolean isFound() {
        return view != null;
    }

    public ProfileView getView() {
        return view;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

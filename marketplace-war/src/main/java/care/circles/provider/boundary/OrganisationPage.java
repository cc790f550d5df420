package care.circles.provider.boundary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.ActiveAccreditation;
import care.circles.place.control.Gazetteer;
import care.circles.platform.SpokenDate;
import care.circles.provider.control.ActivityTypes;
import care.circles.provider.control.Organisations;
import care.circles.provider.entity.Organisation;
import care.circles.provider.entity.ServedArea;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.RequestScoped;
import care.circles.platform.PageAnswer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An organisation's public page (/organisations/organisation.xhtml?id=...): what it offers, where, and its accreditations. */
@Named
@RequestScoped
public class OrganisationPage {

    @Inject
    Organisations organisations;

    @Inject
    Accreditations accreditations;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    ActivityTypes activities;

    @Inject
    FacesContext faces;

    private String id;
    private Organisation organisation;

    public void load() throws IOException {
        if (id != null && id.strip().matches("[0-9]{1,18}")) {
            organisation = organisations.find(Long.parseLong(id.strip())).orElse(null);
        }
        if (organisation == null) {
            PageAnswer.notFound(faces, "There is no such organisation");
        }
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTown() {
        return gazetteer.byId(organisation.placeId()).map(p -> p.name()).orElse("");
    }

    public String getAreas() {
        return String.join(", ", organisation.areas().stream().map(ServedArea::name).toList());
    }

    public List<String> getOffers() {
        List<String> labels = new ArrayList<>(taxonomy.current().ordered(organisation.supports()).stream()
                .map(taxonomy.current()::label).toList());
        organisation.activities().stream().sorted().map(activities::label).forEach(labels::add);
        return labels;
    }

    public List<ActiveAccreditation> getAccreditations() {
        return accreditations.activeAccreditations(organisation.id());
    }

    public String dates(ActiveAccreditation accreditation) {
        return "Since " + SpokenDate.of(accreditation.validFrom()) + ", until " + SpokenDate.of(accreditation.expiresOn());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

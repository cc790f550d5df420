package care.circles.provider.boundary;

import java.util.List;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.accreditation.boundary.ApplicationHistory;
import care.circles.accreditation.control.AccreditationApplications;
import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.AccreditationRefused;
import care.circles.place.control.Gazetteer;
import care.circles.platform.SpokenDate;
import care.circles.provider.control.Organisations;
import care.circles.provider.entity.Membership;
import care.circles.provider.entity.Organisation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A provider's or broker's home on Circles (/provider/index.xhtml): their organisation and its accreditations. */
@Named
@RequestScoped
public class OrganisationHome {

    @Inject
    Organisations organisations;

    @Inject
    AccreditationApplications applications;

    @Inject
    Accreditations accreditations;

    @Inject
    CurrentAccount current;

    @Inject
    Gazetteer gazetteer;

    @Inject
    FacesContext faces;

    private Optional<Organisation> organisation;
    private String refusal;

    public Organisation getOrganisation() {
        if (organisation == null) {
            organisation = organisations.organisationOf(current.require());
        }
        return organisation.orElse(null);
    }

    public boolean isOwner() {
        return organisations.membershipOf(current.require()).map(Membership::isOwner).orElse(false);
    }

    public String getTown() {
        return gazetteer.byId(getOrganisation().placeId()).map(p -> p.name()).orElse("");
    }

    public List<Accreditation> getAccreditations() {
        return getOrganisation() == null ? List.of() : applications.ofOrganisation(current.require(), getOrganisation().id());
    }

    public List<AccreditationKind> getKinds() {
        return List.of(AccreditationKind.values());
    }

    public boolean isIsfHolder() {
        return getOrganisation() != null && accreditations.isAccredited(getOrganisation().id(), AccreditationKind.ISF_PROVIDER);
    }

    /** The status as it stands today, in words. */
    public String status(Accreditation accreditation) {
        return ApplicationHistory.status(accreditation, accreditations.today());
    }

    public String dates(Accreditation accreditation) {
        if (accreditation.expiresOn() == null) {
            return accreditation.submittedAt() == null ? "" : "Sent " + SpokenDate.of(accreditation.submittedAt()
                    .atZone(care.circles.platform.Platform.UK).toLocalDate());
        }
        return ApplicationHistory.dates(accreditation);
    }

    public boolean renewable(Accreditation accreditation) {
        return accreditation.isRenewableOn(accreditations.today());
    }

    /** Starts an application of the kind chosen (a plain select named kind), or a renewal. */
    public String apply() {
        String kind = faces.getExternalContext().getRequestParameterMap().get("kind");
        AccreditationKind chosen = AccreditationKind.parse(kind);
        if (chosen == null) {
            refusal = "Choose the accreditation to apply for.";
            return null;
        }
        try {
            Accreditation started = applications.start(current.require(), chosen, accreditations.today());
            return "/provider/accreditation.xhtml?faces-redirect=true&id=" + started.id();
        } catch (AccreditationRefused e) {
            refusal = e.getMessage();
            return null;
        }
    }

    public String getRefusal() {
        return refusal;
    }
}

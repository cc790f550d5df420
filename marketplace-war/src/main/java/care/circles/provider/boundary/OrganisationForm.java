package care.circles.provider.boundary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import care.circles.account.control.CurrentAccount;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.provider.control.ActivityTypes;
import care.circles.provider.control.Organisations;
import care.circles.provider.entity.MainWork;
import care.circles.provider.entity.Organisation;
import care.circles.provider.entity.OrganisationDetails;
import care.circles.provider.entity.OrganisationType;
import care.circles.provider.entity.ServedArea;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.platform.PageAnswer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Registering an organisation, or an owner changing its details (/provider/organisation.xhtml).
 * Every answer is a plain input read from the request, so what was typed shows again after a problem.
 */
@Named
@ViewScoped
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of(OrganisationDetails.NAME, OrganisationDetails.LEGAL_NAME,
            OrganisationDetails.TYPE, OrganisationDetails.MAIN_WORK, OrganisationDetails.TOWN,
            OrganisationDetails.DESCRIPTION, OrganisationDetails.AREAS, OrganisationDetails.CONTACT_EMAIL,
            OrganisationDetails.CONTACT_PHONE, OrganisationDetails.WEBSITE, OrganisationDetails.REGULATED,
            OrganisationDetails.CQC_NUMBER, OrganisationDetails.STAFF_COUNT, OrganisationDetails.FTE);

    @Inject
    Organisations organisations;

    @Inject
    CurrentAccount current;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    ActivityTypes activities;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private final Map<String, String> answers = new HashMap<>();
    private List<String> supports = List.of();
    private List<String> chosenActivities = List.of();
    private boolean existing;
    private boolean loaded;

    /** On opening: an owner sees the organisation's details; staff cannot change them. */
    public void load() throws java.io.IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        var membership = organisations.membershipOf(current.require());
        if (membership.isPresent() && !membership.get().isOwner()) {
            PageAnswer.forbidden(faces, "Only owners change the organisation's details");
            return;
        }
        organisations.organisationOf(current.require()).ifPresent(this::fill);
    }

    private void fill(Organisation o) {
        existing = true;
        answers.put(OrganisationDetails.NAME, o.name());
        answers.put(OrganisationDetails.LEGAL_NAME, o.legalName());
        answers.put(OrganisationDetails.TYPE, o.type().name());
        answers.put(OrganisationDetails.MAIN_WORK, o.mainWork().name());
        answers.put(OrganisationDetails.TOWN, gazetteer.byId(o.placeId()).map(p -> p.name()).orElse(""));
        answers.put(OrganisationDetails.DESCRIPTION, o.description());
        answers.put(OrganisationDetails.AREAS, String.join(", ", o.areas().stream().map(ServedArea::name).toList()));
        answers.put(OrganisationDetails.CONTACT_EMAIL, o.contactEmail());
        answers.put(OrganisationDetails.CONTACT_PHONE, o.contactPhone());
        answers.put(OrganisationDetails.WEBSITE, o.website());
        answers.put(OrganisationDetails.REGULATED, o.regulatedPersonalCare() ? "yes" : "no");
        answers.put(OrganisationDetails.CQC_NUMBER, o.cqcNumber());
        answers.put(OrganisationDetails.STAFF_COUNT, o.staffCount() == null ? null : o.staffCount().toString());
        answers.put(OrganisationDetails.FTE, o.fullTimeEquivalent() == null ? null : o.fullTimeEquivalent().toPlainString());
        supports = List.copyOf(o.supports());
        chosenActivities = List.copyOf(o.activities());
    }

    public String save() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        Map<String, String[]> many = faces.getExternalContext().getRequestParameterValuesMap();
        FIELDS.forEach(field -> answers.put(field, params.get(field)));
        supports = many.containsKey("supports") ? List.of(many.get("supports")) : List.of();
        chosenActivities = many.containsKey("activities") ? List.of(many.get("activities")) : List.of();
        try {
            OrganisationDetails details = OrganisationDetails.of(answers, supports, chosenActivities, gazetteer::find,
                    taxonomy.current()::isChoosable, activities::isChoosable);
            if (existing) {
                organisations.describe(current.require(), details);
                return "/provider/index.xhtml?faces-redirect=true&saved=true";
            }
            organisations.register(current.require(), details);
            return "/provider/index.xhtml?faces-redirect=true&registered=true";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        }
    }

    public String answer(String field) {
        String value = answers.get(field);
        return value == null ? "" : value;
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean offers(String code) {
        return supports.contains(code) || chosenActivities.contains(code);
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public List<MainWork> getMainWorks() {
        return List.of(MainWork.values());
    }

    public Set<String> getFieldIds() {
        return Set.copyOf(FIELDS);
    }
}

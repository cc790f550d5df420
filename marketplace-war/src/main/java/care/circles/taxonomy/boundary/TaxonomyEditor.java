package care.circles.taxonomy.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.payment.control.CouncilPayments;
import care.circles.payments.careaccount.CareAccountRules;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.entity.CareCategory;
import care.circles.taxonomy.entity.SupportKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Council page for the support types people choose from. /council/* is council staff only. */
@Named
@RequestScoped
public class TaxonomyEditor {

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    CouncilPayments payments;

    private String editing;
    private String label;
    private String hint;
    private boolean needsVetting;
    private String careCategory;
    private String confirmation;

    @PostConstruct
    void readEditing() {
        editing = faces.getExternalContext().getRequestParameterMap().get("code");
        taxonomy.current().find(editing).ifPresentOrElse(kind -> {
            label = kind.label();
            hint = kind.hint();
            needsVetting = kind.needsVetting();
            careCategory = kind.careCategory() == null ? SupportTaxonomy.NOT_CARE : kind.careCategory();
        }, () -> editing = null);
    }

    public String save() {
        Map<String, String> answers = faces.getExternalContext().getRequestParameterMap();
        needsVetting = "true".equals(answers.get("needsVetting"));
        careCategory = answers.get(SupportTaxonomy.CARE_FIELD);
        try {
            SupportKind saved = editing == null
                    ? taxonomy.add(current.require(), label, hint, needsVetting, careCategory)
                    : taxonomy.describe(current.require(), editing, label, hint, needsVetting, careCategory);
            return "/council/support-types.xhtml?faces-redirect=true&saved=" + saved.code();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        }
    }

    public String retire(String code) {
        taxonomy.setActive(current.require(), code, false);
        confirmation = "'" + taxonomy.current().label(code) + "' is no longer offered. Profiles that have it keep it."
                + " You can restore it at any time.";
        return null;
    }

    public String restore(String code) {
        taxonomy.setActive(current.require(), code, true);
        confirmation = "'" + taxonomy.current().label(code) + "' is offered again.";
        return null;
    }

    public String moveUp(String code) {
        taxonomy.move(current.require(), code, true);
        return null;
    }

    public String moveDown(String code) {
        taxonomy.move(current.require(), code, false);
        return null;
    }

    /** A kind of care as the form offers it, saying whether it counts toward the care cap under the council's settings. */
    public record CareChoice(String code, String label, String explanation, boolean counts) {
    }

    /** Every kind of care, in the order the form lists them. */
    public List<CareChoice> getCareChoices() {
        CareAccountRules rules = payments.configuration().careRules();
        return Arrays.stream(CareCategory.values())
                .map(category -> new CareChoice(category.code(), category.label(), category.explanation(),
                        rules.isEligible(category.code())))
                .toList();
    }

    /** The type's kind of care as the table shows it. */
    public String careLabel(SupportKind type) {
        if (type.careCategory() == null) {
            return "Not a kind of care";
        }
        String label = CareCategory.ofCode(type.careCategory()).map(CareCategory::label).orElse(type.careCategory());
        return label + (payments.configuration().careRules().isEligible(type.careCategory())
                ? " (counts toward the care cap)" : " (does not count)");
    }

    public String getNotCare() {
        return SupportTaxonomy.NOT_CARE;
    }

    public String getCareCategory() {
        return careCategory;
    }

    public List<SupportKind> getTypes() {
        return taxonomy.current().all();
    }

    public String getSavedLabel() {
        String saved = faces.getExternalContext().getRequestParameterMap().get("saved");
        return saved == null ? null : taxonomy.current().find(saved).map(SupportKind::label).orElse(null);
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The code of the type being changed (EL reads "editing" as {@link #isEditing()}, so this has a name of its own). */
    public String getEditingCode() {
        return editing;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getHint() {
        return hint;
    }

    public void setHint(String hint) {
        this.hint = hint;
    }

    public boolean isNeedsVetting() {
        return needsVetting;
    }
}

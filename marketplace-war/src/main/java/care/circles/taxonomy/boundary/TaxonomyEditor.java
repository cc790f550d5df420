package care.circles.taxonomy.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.control.SupportTaxonomy;
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

    private String editing;
    private String label;
    private String hint;
    private boolean needsVetting;
    private String confirmation;

    @PostConstruct
    void readEditing() {
        editing = faces.getExternalContext().getRequestParameterMap().get("code");
        taxonomy.current().find(editing).ifPresentOrElse(kind -> {
            label = kind.label();
            hint = kind.hint();
            needsVetting = kind.needsVetting();
        }, () -> editing = null);
    }

    public String save() {
        needsVetting = "true".equals(faces.getExternalContext().getRequestParameterMap().get("needsVetting"));
        try {
            SupportKind saved = editing == null
                    ? taxonomy.add(current.require(), label, hint, needsVetting)
                    : taxonomy.describe(current.require(), editing, label, hint, needsVetting);
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

    public String getEditing() {
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

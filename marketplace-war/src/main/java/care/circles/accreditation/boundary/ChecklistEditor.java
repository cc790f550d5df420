package care.circles.accreditation.boundary;

import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.accreditation.control.Checklists;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.Requirement;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The council's checklists (/council/accreditation-checklists.xhtml): what each accreditation asks for. */
@Named
@RequestScoped
public class ChecklistEditor {

    @Inject
    Checklists checklists;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String label;
    private String hint;
    private String message;

    public List<AccreditationKind> getKinds() {
        return List.of(AccreditationKind.values());
    }

    public List<Requirement> of(AccreditationKind kind) {
        return checklists.of(kind);
    }

    public String add() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        try {
            Requirement added = checklists.add(current.require(), AccreditationKind.parse(params.get("kind")), label, hint,
                    "true".equals(params.get("needsExpiryDate")), "true".equals(params.get("onlyIfRegulated")));
            message = "Added to the " + added.getKind().label() + " checklist. New applications ask for it now.";
            label = null;
            hint = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    /** A button named retire or restore carries the requirement's id. */
    public String toggle() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        String retire = params.get("retireRequirement");
        String restore = params.get("restoreRequirement");
        String id = retire != null ? retire : restore;
        if (id != null && id.matches("[0-9]{1,18}")) {
            checklists.setActive(current.require(), Long.parseLong(id), retire == null);
            message = retire != null ? "No longer asked for. Evidence already sent stays on record." : "Asked for again.";
        }
        return null;
    }

    public String getMessage() {
        return message;
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
}

package care.circles.provider.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.provider.control.ActivityTypes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The council's list of day activities organisations can offer (/council/accreditation-activities.xhtml). */
@Named
@RequestScoped
public class ActivityEditor {

    @Inject
    ActivityTypes activities;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String label;
    private String hint;
    private String message;

    public String add() {
        try {
            activities.add(current.require(), label, hint);
            message = "Added. Organisations can choose it now.";
            label = null;
            hint = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    public String toggle() {
        var params = faces.getExternalContext().getRequestParameterMap();
        String retire = params.get("retireActivity");
        String restore = params.get("restoreActivity");
        String code = retire != null ? retire : restore;
        if (code != null) {
            activities.setActive(current.require(), code, retire == null);
            message = retire != null ? "Retired. Organisations that offer it keep it." : "Restored.";
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

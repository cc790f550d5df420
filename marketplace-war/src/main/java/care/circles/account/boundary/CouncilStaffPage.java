package care.circles.account.boundary;

import java.util.List;
import java.util.Map;

import care.circles.account.control.CouncilStaff;
import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.CouncilColleague;
import care.circles.account.entity.CouncilDuty;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Council users and their duties, for council admins (/council/accounts.xhtml). */
@Named
@RequestScoped
public class CouncilStaffPage {

    @Inject
    CouncilStaff staff;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private List<CouncilColleague> colleagues;

    public List<CouncilColleague> getColleagues() {
        if (colleagues == null) {
            colleagues = staff.colleagues(current.require());
        }
        return colleagues;
    }

    public List<CouncilDuty> getDuties() {
        return List.of(CouncilDuty.values());
    }

    public String grant() {
        return change(true);
    }

    public String revoke() {
        return change(false);
    }

    private String change(boolean give) {
        Map<String, String> form = faces.getExternalContext().getRequestParameterMap();
        try {
            long colleague = Long.parseLong(form.getOrDefault("colleague", ""));
            CouncilDuty duty = CouncilDuty.valueOf(form.getOrDefault("duty", ""));
            if (give) {
                staff.grant(current.require(), colleague, duty);
            } else {
                staff.revoke(current.require(), colleague, duty);
            }
            String who = getColleagues().stream().filter(c -> c.accountId() == colleague).map(CouncilColleague::email)
                    .findFirst().orElse("your colleague");
            faces.getExternalContext().getFlash().put("dutyChanged", (give ? duty.label() + " given to " : duty.label()
                    + " taken from ") + who + ". It takes full effect the next time they sign in.");
            return "/council/accounts.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (IllegalArgumentException badForm) {
            feedback.show("colleague", "Choose a council user and a duty from the list");
        }
        colleagues = null;
        return null;
    }
}

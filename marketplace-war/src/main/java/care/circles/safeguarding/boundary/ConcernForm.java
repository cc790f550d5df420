package care.circles.safeguarding.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.NetworkAddress;
import care.circles.safeguarding.control.Safeguarding;
import care.circles.safeguarding.entity.ConcernReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * "Report a concern" (/report-concern.xhtml), open to everyone. It asks first whether someone
 * is in danger right now, so the emergency numbers come before any form; the reference is shown
 * after a redirect, so reloading the page cannot send the report twice.
 */
@Named
@RequestScoped
public class ConcernForm {

    @Inject
    Safeguarding safeguarding;

    @Inject
    CurrentAccount current;

    @Inject
    NetworkAddress networkAddress;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String danger;
    private String whatHappened;
    private String whoIsAtRisk;
    private String place;
    private String reporterName;
    private String reporterContact;

    /**
     * The answer to "is someone in danger" comes in the address at first and in a hidden field
     * when the form is sent; it is read before anything else, because it decides whether the
     * form is on the page at all (a form that is not rendered is not processed).
     */
    @PostConstruct
    void readDangerAnswer() {
        danger = faces.getExternalContext().getRequestParameterMap().get("danger");
    }

    public String send() {
        try {
            ConcernReport report = ConcernReport.of(whatHappened, whoIsAtRisk, place, danger, reporterName, reporterContact);
            String reference = safeguarding.report(report, current.get(),
                    networkAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
            faces.getExternalContext().getFlash().put("concernReference", reference);
            return "/report-concern-sent.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        }
    }

    /** Whether the person has said if someone is in danger (the form shows after that). */
    public boolean isAnswered() {
        return "yes".equals(danger) || "no".equals(danger);
    }

    public boolean isDangerNow() {
        return "yes".equals(danger);
    }

    public int getWhatMax() {
        return ConcernReport.WHAT_MAX;
    }

    public String getDanger() {
        return danger;
    }

    public void setDanger(String danger) {
        this.danger = danger;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getWhoIsAtRisk() {
        return whoIsAtRisk;
    }

    public void setWhoIsAtRisk(String whoIsAtRisk) {
        this.whoIsAtRisk = whoIsAtRisk;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterContact() {
        return reporterContact;
    }

    public void setReporterContact(String reporterContact) {
        this.reporterContact = reporterContact;
    }
}

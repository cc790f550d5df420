package care.circles.accreditation.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.function.Supplier;

import care.circles.account.control.Accounts;
import care.circles.account.control.CurrentAccount;
import care.circles.accreditation.control.AccreditationApplications;
import care.circles.accreditation.control.AccreditationDecisions;
import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationRefused;
import care.circles.accreditation.entity.AccreditationStatus;
import care.circles.accreditation.entity.AccreditationStep;
import care.circles.accreditation.entity.ApplicationView;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.PageAnswer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One application or accreditation for council staff (/council/accreditation.xhtml?id=...):
 * the evidence, the history, and the decisions open at its status.
 */
@Named
@ViewScoped
public class AccreditationReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccreditationApplications applications;

    @Inject
    AccreditationDecisions decisions;

    @Inject
    Accreditations accreditations;

    @Inject
    Accounts accounts;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String id;
    private String infoWhat;
    private String infoWhy;
    private String expiresOn;
    private String conditions;
    private String refuseReason;
    private String suspendReason;
    private String reinstateNote;
    private String withdrawReason;
    private String message;
    private String refusal;
    private transient ApplicationView view;

    public void load() throws IOException {
        try {
            if (getView() == null) {
                PageAnswer.notFound(faces, "There is no such application");
                return;
            }
        } catch (SecurityException notTheirs) {
            PageAnswer.forbidden(faces, notTheirs.getMessage());
            return;
        }
        if (expiresOn == null) {
            expiresOn = accreditations.today().plus(view.application().kind().usualLength()).toString();
        }
    }

    public String requestInformation() {
        return decide(() -> decisions.requestInformation(current.require(), applicationId(), infoWhat, infoWhy),
                "You asked for more information. The organisation has been told what and why.");
    }

    public String accredit() {
        boolean withConditions = "true".equals(faces.getExternalContext().getRequestParameterMap().get("withConditions"));
        return decide(() -> decisions.accredit(current.require(), applicationId(), expiresOn, conditions, withConditions,
                accreditations.today()), withConditions ? "Accredited with conditions. The conditions are shown publicly."
                : "Accredited. It shows in search now.");
    }

    public String refuse() {
        return decide(() -> decisions.refuse(current.require(), applicationId(), refuseReason),
                "Refused. The organisation can read your reasons and respond.");
    }

    public String suspend() {
        return decide(() -> decisions.suspend(current.require(), applicationId(), suspendReason),
                "Suspended now. The organisation has left accredited search results and can respond.");
    }

    public String reinstate() {
        return decide(() -> decisions.reinstate(current.require(), applicationId(), reinstateNote),
                "The suspension is lifted. The organisation shows as accredited again.");
    }

    public String withdraw() {
        return decide(() -> decisions.withdraw(current.require(), applicationId(), withdrawReason),
                "Withdrawn now. The organisation has left accredited search results and can respond.");
    }

    private String decide(Supplier<Accreditation> decision, String done) {
        view = null;
        if (getView() == null) {
            refusal = "There is no such application. Go back to the list.";
            return null;
        }
        try {
            decision.get();
            message = done;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (AccreditationRefused e) {
            refusal = e.getMessage();
        }
        view = null;
        return null;
    }

    private long applicationId() {
        return getView().application().id();
    }

    public ApplicationView getView() {
        if (view == null && id != null && id.strip().matches("[0-9]{1,18}")) {
            view = applications.view(current.require(), Long.parseLong(id.strip())).orElse(null);
        }
        return view;
    }

    public boolean isWaiting() {
        return getView().application().status() == AccreditationStatus.SUBMITTED;
    }

    public boolean isAccredited() {
        return getView().application().statusOn(accreditations.today()) == AccreditationStatus.ACCREDITED;
    }

    public boolean isSuspended() {
        return getView().application().statusOn(accreditations.today()) == AccreditationStatus.SUSPENDED;
    }

    public String getStatus() {
        return ApplicationHistory.status(getView().application(), accreditations.today());
    }

    public String getDates() {
        return ApplicationHistory.dates(getView().application());
    }

    public String when(AccreditationStep step) {
        return ApplicationHistory.when(step);
    }

    public String date(java.time.LocalDate date) {
        return care.circles.platform.SpokenDate.of(date);
    }

    public String who(AccreditationStep step) {
        return step.actorAccountId() == null ? "Circles" : accounts.byId(step.actorAccountId())
                .map(a -> a.email().value()).orElse("");
    }

    public String getMessage() {
        return message;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getInfoWhat() {
        return infoWhat;
    }

    public void setInfoWhat(String infoWhat) {
        this.infoWhat = infoWhat;
    }

    public String getInfoWhy() {
        return infoWhy;
    }

    public void setInfoWhy(String infoWhy) {
        this.infoWhy = infoWhy;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getRefuseReason() {
        return refuseReason;
    }

    public void setRefuseReason(String refuseReason) {
        this.refuseReason = refuseReason;
    }

    public String getSuspendReason() {
        return suspendReason;
    }

    public void setSuspendReason(String suspendReason) {
        this.suspendReason = suspendReason;
    }

    public String getReinstateNote() {
        return reinstateNote;
    }

    public void setReinstateNote(String reinstateNote) {
        this.reinstateNote = reinstateNote;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}

package care.circles.vetting.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.function.Supplier;

import care.circles.account.control.Accounts;
import care.circles.account.control.CurrentAccount;
import care.circles.files.control.FileStore;
import care.circles.files.entity.StoredFile;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.vetting.control.VettingChecks;
import care.circles.vetting.entity.TransitionRefused;
import care.circles.vetting.entity.VettingCheck;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * One check for council staff to look at and decide (/council/check.xhtml?id=...). View scoped,
 * so a post back knows the check before its forms are read.
 */
@Named
@ViewScoped
public class CheckReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VettingChecks vetting;

    @Inject
    Accounts accounts;

    @Inject
    FileStore files;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String id;
    private String note;
    private String reason;
    private String refusal;
    private transient CheckView check;
    private transient StoredFile evidence;

    /** On opening the page: an unknown check is a page that does not exist. */
    public void load() throws IOException {
        if (getCheck() == null) {
            faces.getExternalContext().responseSendError(404, "There is no such check");
            faces.responseComplete();
        }
    }

    public String verify() {
        return decide(() -> vetting.verify(current.require(), checkId(), note, vetting.today()));
    }

    public String reject() {
        return decide(() -> vetting.reject(current.require(), checkId(), reason));
    }

    private String decide(Supplier<VettingCheck> decision) {
        check = null; // decide on the check as it is now, not as it was when the page opened
        if (getCheck() == null) {
            refusal = "There is no such check. Go back to the list of checks.";
            return null;
        }
        try {
            VettingCheck decided = decision.get();
            return "/council/checks.xhtml?faces-redirect=true&decided=" + decided.id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (TransitionRefused e) {
            refusal = e.getMessage();
            check = null; // show the check as it is now, after someone else's decision
        }
        return null;
    }

    private long checkId() {
        return getCheck().id();
    }

    public CheckView getCheck() {
        if (check == null && id != null && id.strip().matches("[0-9]{1,18}")) {
            check = vetting.check(current.require(), Long.parseLong(id.strip()))
                    .map(c -> new CheckView(c, accounts.byId(c.paAccountId()).map(a -> a.email().value()).orElse(""),
                            vetting.today()))
                    .orElse(null);
        }
        return check;
    }

    public StoredFile getEvidence() {
        if (evidence == null && getCheck() != null) {
            evidence = files.find(getCheck().evidenceFileId()).orElse(null);
        }
        return evidence;
    }

    public String getDecidedBy() {
        Long by = getCheck().check().decidedBy();
        return by == null ? "" : accounts.byId(by).map(a -> a.email().value()).orElse("");
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

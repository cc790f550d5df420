package care.circles.vetting.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.files.control.FileStore;
import care.circles.files.entity.Upload;
import care.circles.platform.FieldProblem;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.vetting.control.VettingChecks;
import care.circles.vetting.entity.CheckDetails;
import care.circles.vetting.entity.CheckSlot;
import care.circles.vetting.entity.CheckType;
import care.circles.vetting.entity.TransitionRefused;
import care.circles.vetting.entity.VettingCheck;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/**
 * The form a PA sends one check with: /pa/check.xhtml?type=ENHANCED_DBS (and &amp;slot=2 for a
 * second reference). Answers are plain inputs named by {@link CheckDetails}' field ids. View
 * scoped, so a post back knows which check the form is for before the form is read (it is only
 * rendered, and so only read, when the check is known).
 */
@Named
@ViewScoped
public class CheckSubmission implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VettingChecks vetting;

    @Inject
    FileStore files;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String type;
    private String slot;
    private transient CheckSlot checkSlot;
    private transient Part evidence;
    private String refusal;
    private final Map<String, String> answers = new HashMap<>();

    /** On opening the page: an unknown check is a page that does not exist. */
    public void load() throws IOException {
        if (resolve() == null) {
            faces.getExternalContext().responseSendError(404, "There is no such check");
            faces.responseComplete();
            return;
        }
        refusal = vetting.progressFor(pa(), pa().id(), vetting.today()).whyNotSubmit(checkSlot).orElse(null);
    }

    public String send() {
        if (resolve() == null) {
            refusal = "This page is out of date. Go back to your checks and choose the check again.";
            return null;
        }
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        for (String field : CheckDetails.fieldsFor(checkSlot.type())) {
            answers.put(field, params.get(field));
        }
        Upload upload = evidence == null ? null
                : new Upload(evidence.getSubmittedFileName(), evidence.getSize(), evidence::getInputStream);
        // Every problem at once, in the order of the form: the answers, then the file.
        List<FieldProblem> problems = new ArrayList<>();
        CheckDetails details = null;
        try {
            details = CheckDetails.of(checkSlot, answers, vetting.today());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (upload == null || upload.isNothingChosen()) {
            problems.add(new FieldProblem(VettingChecks.EVIDENCE_FIELD, "Choose the file to send: "
                    + checkSlot.type().evidence().substring(0, 1).toLowerCase(java.util.Locale.UK)
                    + checkSlot.type().evidence().substring(1).replaceAll("\\.$", "")));
        }
        if (!problems.isEmpty()) {
            feedback.show(problems);
            return null;
        }
        try {
            VettingCheck sent = vetting.submit(pa(), details, upload, vetting.today());
            return "/pa/checks.xhtml?faces-redirect=true&sent=" + sent.id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (TransitionRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    private CheckSlot resolve() {
        if (checkSlot == null) {
            try {
                checkSlot = new CheckSlot(CheckType.valueOf(type == null ? "" : type.strip()),
                        slot == null || slot.isBlank() ? 1 : Integer.parseInt(slot.strip()));
            } catch (IllegalArgumentException unknownCheck) {
                return null;
            }
        }
        return checkSlot;
    }

    private Account pa() {
        return current.require();
    }

    public CheckSlot getCheck() {
        return resolve();
    }

    /** Whether this check's form asks the given question. */
    public boolean asks(String field) {
        return resolve() != null && CheckDetails.fieldsFor(checkSlot.type()).contains(field);
    }

    /** What was typed, to show again after a problem. */
    public String answer(String field) {
        String value = answers.get(field);
        return value == null ? "" : value;
    }

    public List<String> getPhotoIds() {
        return CheckDetails.PHOTO_IDS;
    }

    public List<String> getRightToWorkProofs() {
        return CheckDetails.RIGHT_TO_WORK_PROOFS;
    }

    public String getMaxSize() {
        return files.maxBytes() / (1024 * 1024) + " MB";
    }

    public String getRefusal() {
        return refusal;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSlot() {
        return slot;
    }

    public void setSlot(String slot) {
        this.slot = slot;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }
}

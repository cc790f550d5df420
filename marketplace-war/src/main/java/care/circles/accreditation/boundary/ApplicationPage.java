package care.circles.accreditation.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.accreditation.control.AccreditationApplications;
import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.AccreditationRefused;
import care.circles.accreditation.entity.AccreditationStatus;
import care.circles.accreditation.entity.AccreditationStep;
import care.circles.accreditation.entity.ApplicationView;
import care.circles.accreditation.entity.ChecklistItem;
import care.circles.files.control.FileStore;
import care.circles.files.entity.Upload;
import care.circles.platform.FieldProblem;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.SpokenDate;
import care.circles.platform.PageAnswer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * One application as the organisation works on it (/provider/accreditation.xhtml?id=...): the
 * checklist with a file input per requirement (all sent with one button), sending it to the
 * council, answering a request for more information, and responding to a decision.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccreditationApplications applications;

    @Inject
    Accreditations accreditations;

    @Inject
    FileStore files;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String id;
    private String response;
    private String message;
    private String refusal;
    private transient ApplicationView view;

    public void load() throws IOException {
        try {
            if (getView() == null) {
                PageAnswer.notFound(faces, "There is no such application");
            }
        } catch (SecurityException notTheirs) {
            PageAnswer.forbidden(faces, notTheirs.getMessage());
        }
    }

    /** Stores every file chosen on the checklist, each with its expiry date where one is asked for. */
    public String upload() {
        if (getView() == null) {
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        List<FieldProblem> problems = new ArrayList<>();
        int stored = 0;
        for (ChecklistItem item : view.checklist()) {
            Part part = part(request, item.field());
            if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank())) {
                continue;
            }
            try {
                applications.addEvidence(current.require(), view.application().id(), item.requirement().getId(),
                        new Upload(part.getSubmittedFileName(), part.getSize(), part::getInputStream),
                        params.get(item.field() + "-expires"), accreditations.today());
                stored++;
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (AccreditationRefused e) {
                refusal = e.getMessage();
                break;
            }
        }
        if (stored == 0 && problems.isEmpty() && refusal == null) {
            problems.add(new FieldProblem(view.checklist().isEmpty() ? "upload" : view.checklist().get(0).field(),
                    "Choose at least one file to send"));
        }
        feedback.show(problems);
        if (stored > 0) {
            message = stored == 1 ? "1 file is saved with your application." : stored + " files are saved with your application.";
        }
        view = null;
        return null;
    }

    public String submit() {
        return act(() -> applications.submit(current.require(), applicationId(), response, accreditations.today()),
                "Your application has been sent to the council. We will tell you when they decide.");
    }

    public String respond() {
        return act(() -> applications.respond(current.require(), applicationId(), response),
                "Your response has been sent to the council.");
    }

    public String cancel() {
        return act(() -> applications.cancel(current.require(), applicationId()), "The application is cancelled.");
    }

    private String act(Runnable action, String done) {
        if (getView() == null) {
            return null;
        }
        try {
            action.run();
            message = done;
            response = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (AccreditationRefused e) {
            refusal = e.getMessage();
        }
        view = null;
        return null;
    }

    private static Part part(HttpServletRequest request, String name) {
        try {
            return request.getPart(name);
        } catch (IOException | ServletException | IllegalStateException e) {
            return null;
        }
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

    public boolean isEditable() {
        AccreditationStatus status = getView().application().status();
        return status == AccreditationStatus.DRAFT || status == AccreditationStatus.INFO_REQUESTED;
    }

    public boolean isInfoRequested() {
        return getView().application().status() == AccreditationStatus.INFO_REQUESTED;
    }

    public boolean isRespondable() {
        AccreditationStatus status = getView().application().status();
        return status == AccreditationStatus.SUSPENDED || status == AccreditationStatus.WITHDRAWN
                || status == AccreditationStatus.REFUSED;
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

    public boolean met(ChecklistItem item) {
        return item.isMetOn(accreditations.today());
    }

    public String expiry(ChecklistItem item) {
        return item.evidence() == null || item.evidence().expiresOn() == null ? ""
                : "runs until " + SpokenDate.of(item.evidence().expiresOn());
    }

    public String getMaxSize() {
        return files.maxBytes() / (1024 * 1024) + " MB";
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

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}

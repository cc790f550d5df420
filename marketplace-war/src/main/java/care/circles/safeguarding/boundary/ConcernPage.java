package care.circles.safeguarding.boundary;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import care.circles.account.control.Accounts;
import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.SpokenDate;
import care.circles.safeguarding.control.Safeguarding;
import care.circles.safeguarding.entity.ConcernStatus;
import care.circles.safeguarding.entity.SafeguardingAction;
import care.circles.safeguarding.entity.SafeguardingConcern;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One concern, what has been done about it, and a form to record the next step (/council/safeguarding/concern.xhtml). */
@Named
@RequestScoped
public class ConcernPage {

    @Inject
    Safeguarding safeguarding;

    @Inject
    CurrentAccount current;

    @Inject
    Accounts accounts;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String id;
    private String status;
    private String note;
    private Long seenVersion;
    private SafeguardingConcern concern;
    private List<SafeguardingAction> history;

    /** The id is in the address at first and in a hidden field when the form is sent; read it before the page is processed. */
    @PostConstruct
    void readId() {
        id = faces.getExternalContext().getRequestParameterMap().get("id");
    }

    /** An unknown id, or someone without the safeguarding duty, gets a plain "not found". */
    public void load() throws IOException {
        if (getConcern() == null) {
            faces.getExternalContext().responseSendError(404, "There is no such concern");
            faces.responseComplete();
        }
    }

    private Optional<Long> parseId() {
        try {
            return Optional.of(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String act() {
        String typedStatus = faces.getExternalContext().getRequestParameterMap().get("status");
        ConcernStatus next = null;
        try {
            next = typedStatus == null ? null : ConcernStatus.valueOf(typedStatus);
        } catch (IllegalArgumentException unknown) {
            // left null: the control says what to choose
        }
        status = typedStatus;
        try {
            safeguarding.act(current.require(), getConcern().id(), getSeenVersion(), next, note);
            faces.getExternalContext().getFlash().put("concernUpdated", "Your note is saved and the concern is now "
                    + next.label().toLowerCase() + ".");
            return "/council/safeguarding/concern.xhtml?faces-redirect=true&id=" + getConcern().id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        }
    }

    public SafeguardingConcern getConcern() {
        if (concern == null) {
            concern = parseId().flatMap(i -> safeguarding.concern(current.require(), i)).orElse(null);
        }
        return concern;
    }

    public List<SafeguardingAction> getHistory() {
        if (history == null) {
            history = safeguarding.history(current.require(), getConcern().id());
        }
        return history;
    }

    public List<ConcernStatus> getNextStatuses() {
        return getConcern().status().next().stream().sorted().toList();
    }

    public boolean isChosen(ConcernStatus candidate) {
        return candidate.name().equals(status);
    }

    public String when(Instant moment) {
        return SpokenDate.withTime(moment);
    }

    public String actorOf(SafeguardingAction action) {
        return accounts.byId(action.actorId()).map(Account::email).map(e -> e.value()).orElse("A former colleague");
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

    /** The version the person read, carried through the form so a colleague's change in between is noticed. */
    public long getSeenVersion() {
        return seenVersion != null ? seenVersion : getConcern().version();
    }

    public void setSeenVersion(long seenVersion) {
        this.seenVersion = seenVersion;
    }
}

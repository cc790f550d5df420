package care.circles.isf.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Role;
import care.circles.isf.control.Isfs;
import care.circles.isf.control.Statements;
import care.circles.isf.entity.HolderChange;
import care.circles.isf.entity.IsfRefused;
import care.circles.isf.entity.IsfView;
import care.circles.isf.entity.NewSpend;
import care.circles.isf.entity.Spend;
import care.circles.files.entity.Upload;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.SpokenDate;
import care.circles.provider.control.Organisations;
import care.circles.provider.entity.Organisation;
import care.circles.platform.PageAnswer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/**
 * One ISF (/isf/fund.xhtml?id=...), for everyone who may see it: balance, outcomes, spending and
 * statements. Its holder records and reverses spending and issues statements; council staff
 * confirm or decline a proposed one, and move one in use to another accredited holder.
 */
@Named
@ViewScoped
public class IsfPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject
    Isfs isfs;

    @Inject
    Statements statements;

    @Inject
    Organisations organisations;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String id;
    private String declineReason;
    private String newHolder;
    private String moveReason;
    private transient List<Organisation> holders;
    private transient List<String> moves;
    private String message;
    private String refusal;
    private String requestKey = UUID.randomUUID().toString();
    private transient Part receipt;
    private final Map<String, String> answers = new java.util.HashMap<>();
    private transient IsfView view;

    public void load() throws IOException {
        try {
            if (getView() == null) {
                PageAnswer.notFound(faces, "There is no such ISF");
            }
        } catch (SecurityException notTheirs) {
            PageAnswer.forbidden(faces, notTheirs.getMessage());
        }
    }

    public String record() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        for (String field : new String[] {NewSpend.SPENT_ON, NewSpend.WHAT, NewSpend.SUPPLIER, NewSpend.AMOUNT, NewSpend.OUTCOME}) {
            answers.put(field, params.get(field));
        }
        return act(() -> {
            NewSpend spend = NewSpend.of(answers.get(NewSpend.SPENT_ON), answers.get(NewSpend.WHAT),
                    answers.get(NewSpend.SUPPLIER), answers.get(NewSpend.AMOUNT), answers.get(NewSpend.OUTCOME), isfs.today());
            Upload upload = receipt == null ? null
                    : new Upload(receipt.getSubmittedFileName(), receipt.getSize(), receipt::getInputStream);
            Spend line = isfs.recordSpend(current.require(), isfId(), spend, upload, requestKey);
            answers.clear();
            requestKey = UUID.randomUUID().toString();
            message = "Recorded: " + line.amount() + " to " + line.supplier() + ".";
        });
    }

    public String reverse() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        String spendId = params.get("reverseLine");
        return act(() -> {
            if (spendId == null || !spendId.matches("[0-9]{1,18}")) {
                throw new InvalidInputException("reverseLine", "Choose the line of spending to reverse");
            }
            Spend reversal = isfs.reverse(current.require(), isfId(), Long.parseLong(spendId), params.get("reverseReason"));
            message = "Reversed: " + reversal.amount().negate() + " is back in the ISF. The original line stays on record.";
        });
    }

    public String issue() {
        String month = faces.getExternalContext().getRequestParameterMap().get("month");
        return act(() -> {
            YearMonth chosen;
            try {
                chosen = YearMonth.parse(month == null ? "" : month);
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException("month", "Choose the month of the statement");
            }
            statements.issue(current.require(), isfId(), chosen);
            message = "The statement for " + MONTH.format(chosen) + " is issued. The person and the council can read it now.";
        });
    }

    public String confirm() {
        return act(() -> {
            isfs.confirm(current.require(), isfId());
            message = "Confirmed. The ISF is funded and in use.";
        });
    }

    public String move() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        newHolder = params.get(HolderChange.NEW_HOLDER);
        return act(() -> {
            HolderChange change = HolderChange.of(newHolder, moveReason, params.get("seenVersion"));
            isfs.move(current.require(), isfId(), change);
            String to = organisationName(change.newHolderId());
            newHolder = null;
            moveReason = null;
            message = "Moved. " + to + " holds the ISF from now on, with its balance and statements. They, the"
                    + " organisation that held it and the person have been told.";
        });
    }

    /** Organisations accredited to hold ISFs today, other than the holder: where council staff can move it. */
    public List<Organisation> getHolders() {
        if (holders == null) {
            long holder = getView().isf().holderProviderId();
            holders = isfs.holders().stream().filter(o -> o.id() != holder).toList();
        }
        return holders;
    }

    public boolean isChosen(Organisation organisation) {
        return String.valueOf(organisation.id()).equals(newHolder);
    }

    /** The ISF's earlier holders, for council staff: "Moved from A to B on 3 March 2026". */
    public List<String> getMoves() {
        if (moves == null) {
            moves = isfs.moves(isfId()).stream().map(m -> "Moved from " + organisationName(m.fromProviderId()) + " to "
                    + organisationName(m.toProviderId()) + " on " + SpokenDate.of(m.movedAt()) + ": " + m.reason())
                    .toList();
        }
        return moves;
    }

    private String organisationName(long providerId) {
        return organisations.find(providerId).map(Organisation::name).orElse("an organisation no longer on Circles");
    }

    public String decline() {
        return act(() -> {
            isfs.decline(current.require(), isfId(), declineReason);
            message = "Declined. The organisation has been told why.";
        });
    }

    private String act(Runnable action) {
        if (getView() == null) {
            return null;
        }
        try {
            action.run();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (IsfRefused e) {
            refusal = e.getMessage();
        }
        view = null;
        holders = null;
        moves = null;
        return null;
    }

    private long isfId() {
        return getView().isf().id();
    }

    public IsfView getView() {
        if (view == null && id != null && id.strip().matches("[0-9]{1,18}")) {
            view = isfs.view(current.require(), Long.parseLong(id.strip())).orElse(null);
        }
        return view;
    }

    /** People who work for the holder: they record spending and issue statements. */
    public boolean isHolder() {
        return organisations.isMember(current.require(), getView().isf().holderProviderId());
    }

    public boolean isCouncil() {
        return current.require().role() == Role.COUNCIL;
    }

    public String answer(String field) {
        String value = answers.get(field);
        return value == null ? "" : value;
    }

    public String date(java.time.LocalDate date) {
        return SpokenDate.of(date);
    }

    public String month(YearMonth month) {
        return MONTH.format(month);
    }

    public String getLateMonths() {
        return String.join(", ", getView().summary().lateStatements().stream().map(MONTH::format).toList());
    }

    public String getToday() {
        return isfs.today().toString();
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

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }

    public Part getReceipt() {
        return receipt;
    }

    public void setReceipt(Part receipt) {
        this.receipt = receipt;
    }
}

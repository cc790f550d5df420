package care.circles.timesheet.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.engagement.boundary.NamedParties;
import care.circles.engagement.boundary.PageRequest;
import care.circles.engagement.control.Agreements;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.Hours;
import care.circles.engagement.entity.StatedReason;
import care.circles.engagement.entity.VisitTime;
import care.circles.platform.FieldProblem;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;
import care.circles.timesheet.control.Timesheets;
import care.circles.timesheet.entity.ClaimedVisit;
import care.circles.timesheet.entity.Timesheet;
import care.circles.timesheet.entity.TimesheetLine;
import care.circles.timesheet.entity.TimesheetStatus;
import care.circles.visit.entity.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A timesheet (/engage/timesheet.xhtml): a PA writes one for an agreement ({@code ?agreement=})
 * from the visits that are over, or corrects a disputed one; the DP holder approves or disputes
 * it ({@code ?id=}). Each line's boxes are plain inputs named after the visit.
 */
@Named
@RequestScoped
public class TimesheetPage {

    /** One visit's row on the form or the sheet. */
    public record Line(long visitId, String planned, boolean happened, String start, String end, String note,
                       String worked) {
    }

    @Inject
    Timesheets timesheets;

    @Inject
    Agreements agreements;

    @Inject
    CurrentAccount current;

    @Inject
    NamedParties parties;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private Agreement agreement;
    private Timesheet timesheet;
    private List<Line> lines = new ArrayList<>();
    private String note;
    private String reason;
    private String confirmation;
    private String refusal;

    @PostConstruct
    void fill() {
        Account me = current.require();
        timesheet = PageRequest.id(PageRequest.parameter(faces, "id")).flatMap(id -> timesheets.find(me, id)).orElse(null);
        if (timesheet != null) {
            agreement = agreements.find(me, timesheet.agreementId()).orElse(null);
            lines = timesheets.lines(timesheet.id()).stream().map(this::lineOf).toList();
            note = timesheet.note();
        } else {
            agreement = PageRequest.id(PageRequest.parameter(faces, "agreement"))
                    .flatMap(id -> agreements.find(me, id)).filter(a -> a.paAccountId() == me.id()).orElse(null);
            if (agreement != null) {
                lines = timesheets.toClaim(me, agreement.id()).stream().map(this::plannedLine).toList();
            }
        }
        String done = PageRequest.parameter(faces, "done");
        if ("sent".equals(done)) {
            confirmation = "Your timesheet is sent. " + parties.holderOf(agreement) + " is told and can approve it.";
        }
    }

    public void load() {
        if (agreement == null) {
            PageRequest.notFound(faces);
        }
    }

    public String send() {
        if (agreement == null) {
            PageRequest.notFound(faces);
            return null;
        }
        List<ClaimedVisit> claimed = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<Line> typed = new ArrayList<>();
        for (Line line : lines) {
            long id = line.visitId();
            boolean missed = PageRequest.parameter(faces, "missed-" + id) != null;
            String start = PageRequest.parameter(faces, ClaimedVisit.startField(id));
            String end = PageRequest.parameter(faces, ClaimedVisit.endField(id));
            String lineNote = PageRequest.parameter(faces, "note-" + id);
            typed.add(new Line(id, line.planned(), !missed, start, end, lineNote, line.worked()));
            try {
                claimed.add(ClaimedVisit.of(id, dayOf(id), !missed, start, end, lineNote));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        lines = typed;
        String checkedNote = null;
        try {
            checkedNote = StatedReason.optional(note, "note");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            feedback.show(problems);
            return null;
        }
        try {
            Timesheet saved = timesheet == null
                    ? timesheets.submit(current.require(), agreement.id(), claimed, checkedNote)
                    : timesheets.correct(current.require(), timesheet.id(), claimed, checkedNote);
            return Timesheets.link(saved.id()) + "&faces-redirect=true&done=sent";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (ChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageRequest.notFound(faces);
        }
        return null;
    }

    public String approve() {
        return decide(() -> {
            timesheet = timesheets.approve(current.require(), timesheet.id());
            confirmation = "You approved the timesheet. A payment request for " + timesheet.amount()
                    + " is raised for your direct payment.";
        });
    }

    public String dispute() {
        return decide(() -> {
            timesheet = timesheets.dispute(current.require(), timesheet.id(), StatedReason.of(reason, "reason",
                    "Say what is wrong, so the PA can correct it"));
            confirmation = "You disputed the timesheet. " + parties.paOf(agreement) + " is told and can correct it.";
        });
    }

    private String decide(Runnable step) {
        if (timesheet == null) {
            PageRequest.notFound(faces);
            return null;
        }
        try {
            step.run();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (ChangeRefused e) {
            refusal = e.getMessage();
        } catch (SecurityException e) {
            PageRequest.notFound(faces);
        }
        return null;
    }

    private java.time.LocalDate dayOf(long visitId) {
        Visit visit = em.find(Visit.class, visitId);
        if (visit == null || visit.agreementId() != agreement.id()) {
            throw new InvalidInputException("visits", "A visit on this timesheet is not on this agreement");
        }
        return visit.day();
    }

    private Line plannedLine(Visit visit) {
        return new Line(visit.id(), visit.spoken(), true, clock(visit.startsAt()), clock(visit.endsAt()), "",
                Hours.spoken(visit.length()));
    }

    private Line lineOf(TimesheetLine line) {
        Visit visit = em.find(Visit.class, line.visitId());
        return new Line(line.visitId(), visit.spoken(), line.happened(),
                line.happened() ? clock(line.actualStart()) : "", line.happened() ? clock(line.actualEnd()) : "",
                line.note() == null ? "" : line.note(), line.happened() ? Hours.spoken(line.worked()) : "Did not take place");
    }

    private static String clock(Instant moment) {
        return VisitTime.clock(moment.atZone(Platform.UK).toLocalTime());
    }

    public boolean isFound() {
        return agreement != null;
    }

    public boolean isNew() {
        return timesheet == null;
    }

    /** The PA writes a new one, or corrects a disputed one. */
    public boolean isEditable() {
        boolean pa = current.require().id() == agreement.paAccountId();
        return pa && (timesheet == null || timesheet.status() == TimesheetStatus.DISPUTED);
    }

    public boolean isCanDecide() {
        return timesheet != null && timesheet.status() == TimesheetStatus.SUBMITTED
                && current.require().id() == timesheet.dpHolderAccountId();
    }

    public Timesheet getTimesheet() {
        return timesheet;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public String getHeading() {
        return timesheet == null ? "Send a timesheet" : "Timesheet " + timesheet.id();
    }

    public String getPaName() {
        return parties.paOf(agreement);
    }

    public String getHolderName() {
        return parties.holderOf(agreement);
    }

    public String getRate() {
        return agreement.hourlyRate() + " an hour";
    }

    public List<Line> getLines() {
        return lines;
    }

    public String startField(long visitId) {
        return ClaimedVisit.startField(visitId);
    }

    public String endField(long visitId) {
        return ClaimedVisit.endField(visitId);
    }

    public String getConfirmation() {
        return confirmation;
    }

    public String getRefusal() {
        return refusal;
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

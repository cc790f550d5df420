package care.circles.booking.boundary;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.booking.control.ProviderSessions;
import care.circles.booking.entity.Attendance;
import care.circles.booking.entity.Booking;
import care.circles.booking.entity.BookingRefused;
import care.circles.booking.entity.WaitlistStatus;
import care.circles.dayopportunity.boundary.PageAnswers;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.SessionTimes;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A provider's page for one session: who is booked and waiting, the attendance register (open
 * from the day of the session), and cancelling the session with a reason everyone is told.
 * Another provider's session is simply not found.
 */
@Named
@RequestScoped
public class RegisterPage {

    /** One booked place on the register. */
    public record Line(long bookingId, String attendee, String bookedBy, String payment, String attendance) {
    }

    /** One person in line. */
    public record Waiting(String attendee, String status) {
    }

    @Inject
    ProviderSessions providerSessions;

    @Inject
    Sessions sessions;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private ProviderSessions.Register register;
    private String refusal;

    @PostConstruct
    void fill() {
        Long id = PageAnswers.id(faces, "session");
        try {
            register = id == null ? null : providerSessions.register(current.require(), id);
        } catch (SecurityException e) {
            register = null;
        }
    }

    public void load() {
        PageAnswers.notFoundWhen(faces, register == null);
    }

    public String save() {
        if (register == null) {
            PageAnswers.notFound(faces);
            return null;
        }
        Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
        Map<Long, Attendance> marks = new HashMap<>();
        for (Booking booking : register.booked()) {
            String mark = sent.get("attendance-" + booking.id());
            if (mark != null) {
                try {
                    marks.put(booking.id(), Attendance.valueOf(mark));
                } catch (IllegalArgumentException e) {
                    feedback.show("attendance-" + booking.id(), "Choose Came or Did not come");
                }
            }
        }
        if (feedback.isPresent()) {
            return null;
        }
        try {
            providerSessions.noteAttendance(current.require(), sessionId(), marks);
            return redirect("SAVED");
        } catch (BookingRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    public String cancelSession() {
        if (register == null) {
            PageAnswers.notFound(faces);
            return null;
        }
        try {
            int cancelled = providerSessions.cancel(current.require(), sessionId(),
                    faces.getExternalContext().getRequestParameterMap().get("reason"));
            return redirect("CANCELLED") + "&count=" + cancelled;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (BookingRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    private String redirect(String done) {
        return "/provider/listings-register.xhtml?faces-redirect=true&session=" + sessionId() + "&done=" + done;
    }

    private long sessionId() {
        return register.session().id();
    }

    public String getConfirmation() {
        String done = faces.getExternalContext().getRequestParameterMap().get("done");
        if ("SAVED".equals(done)) {
            return "The register is saved.";
        }
        if ("CANCELLED".equals(done)) {
            Long count = PageAnswers.id(faces, "count");
            return "The session is cancelled. " + (count == null || count == 0 ? "Nobody was booked."
                    : count + (count == 1 ? " person was" : " people were") + " booked: they and anyone waiting are told,"
                    + " in Circles and by email.");
        }
        return null;
    }

    public boolean isFound() {
        return register != null;
    }

    public String getName() {
        return register.listing().name();
    }

    public long getListingId() {
        return register.listing().id();
    }

    public String getWhen() {
        return register.session().when();
    }

    public String getKind() {
        return register.session().kind().getLabel();
    }

    public String getPlaces() {
        return register.session().placesTaken() + " of " + register.session().capacity() + " places booked"
                + (register.session().placesHeld() > 0 ? ", " + register.session().placesHeld()
                + " kept for someone on the waiting list" : "");
    }

    public boolean isCancelled() {
        return register.session().isCancelled();
    }

    public String getCancelReason() {
        return register.session().cancelReason();
    }

    public boolean isCancellable() {
        return !register.session().isCancelled() && !register.session().hasStarted(clock.instant());
    }

    /** The register opens on the day of the session. */
    public boolean isRegisterOpen() {
        return !sessions.today().isBefore(register.session().sessionDate());
    }

    public String getOpensOn() {
        return SessionTimes.day(register.session().sessionDate());
    }

    public List<Line> getLines() {
        return register.booked().stream().map(b -> new Line(b.id(), b.attendeeName(),
                b.forSomeoneElse() ? "Their carer or family" : "Themselves", b.paymentMethod().getProviderLabel(),
                b.attendance() == null ? "" : b.attendance().name())).toList();
    }

    public List<Waiting> getWaiting() {
        return register.waiting().stream().map(w -> new Waiting(w.attendeeName(), w.status() == WaitlistStatus.OFFERED
                ? "Offered a place until " + SessionTimes.moment(w.offerExpiresAt()) : "Waiting")).toList();
    }

    public List<Attendance> getMarks() {
        return List.of(Attendance.values());
    }

    public String getRefusal() {
        return refusal;
    }
}

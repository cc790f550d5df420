package care.circles.timesheet.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import care.circles.engagement.entity.StatedReason;
import care.circles.engagement.entity.VisitSchedule;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;

/**
 * One visit as the PA claims it: whether it took place, when it actually started and ended
 * (local clock times on the visit's day) and an optional note.
 *
 * @param start null when the visit did not take place
 */
public record ClaimedVisit(long visitId, boolean happened, Instant start, Instant end, String note) {

    /** The longest a single visit can be claimed for. */
    public static final Duration LONGEST = Duration.ofHours(16);

    public static String startField(long visitId) {
        return "start-" + visitId;
    }

    public static String endField(long visitId) {
        return "end-" + visitId;
    }

    /**
     * @param day the visit's day, where the person lives
     * @throws InvalidInputException naming the visit's start or end box
     */
    public static ClaimedVisit of(long visitId, LocalDate day, boolean happened, String typedStart, String typedEnd,
                                  String typedNote) {
        String note = StatedReason.optional(typedNote, "note-" + visitId);
        if (!happened) {
            return new ClaimedVisit(visitId, false, null, null, note);
        }
        Optional<LocalTime> start = VisitSchedule.clock(typedStart);
        Optional<LocalTime> end = VisitSchedule.clock(typedEnd);
        if (start.isEmpty()) {
            throw new InvalidInputException(startField(visitId), "Enter when the visit actually started, like 9:00am or 14:00");
        }
        if (end.isEmpty()) {
            throw new InvalidInputException(endField(visitId), "Enter when the visit actually ended, like 11:00am or 16:30");
        }
        Instant from = day.atTime(start.get()).atZone(Platform.UK).toInstant();
        Instant to = day.atTime(end.get()).atZone(Platform.UK).toInstant();
        if (!to.isAfter(from)) {
            throw new InvalidInputException(endField(visitId), "The visit must end after it starts, on the same day");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new InvalidInputException(endField(visitId), "A visit cannot be longer than 16 hours: check the times");
        }
        return new ClaimedVisit(visitId, true, from, to, note);
    }

    public Duration worked() {
        return happened ? Duration.between(start, end) : Duration.ZERO;
    }
}

package care.circles.audit.entity;

import java.util.Locale;

import care.circles.platform.SpokenDate;

/** An audit event as the council reads it, with the name of whoever did it. */
public record AuditLine(AuditEvent event, String actor) {

    public String when() {
        return SpokenDate.withTime(event.occurredAt());
    }

    /** "COUNCIL_DUTY_GRANTED" reads "Council duty granted". */
    public String action() {
        String words = event.action().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String about() {
        return event.subjectType().replace('_', ' ') + " " + event.subjectId();
    }
}

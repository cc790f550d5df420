package care.circles.accreditation.boundary;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationStep;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;

/** How accreditation dates and steps read on pages, for the organisation and the council alike. */
public final class ApplicationHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private ApplicationHistory() {
    }

    public static String when(AccreditationStep step) {
        ZonedDateTime at = step.occurredAt().atZone(Platform.UK);
        return WHEN.format(at).replace("AM", "am").replace("PM", "pm");
    }

    /** "Accredited with conditions", "Lapsed"...: the status as it stands on the day. */
    public static String status(Accreditation accreditation, LocalDate today) {
        return accreditation.statusOn(today).label()
                + (accreditation.status().isGranted() && !accreditation.conditions().isEmpty() ? " with conditions" : "");
    }

    public static String dates(Accreditation accreditation) {
        return accreditation.expiresOn() == null ? ""
                : "From " + SpokenDate.of(accreditation.validFrom()) + " to " + SpokenDate.of(accreditation.expiresOn());
    }
}

package care.circles.vetting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import care.circles.platform.Platform;
import care.circles.vetting.entity.CheckStatus;
import care.circles.vetting.entity.Fact;
import care.circles.platform.SpokenDate;
import care.circles.vetting.entity.VettingCheck;
import care.circles.vetting.entity.VettingProgress;

/** A check as the pages show it, on one day: status in words, dates spoken, days counted. */
public record CheckView(VettingCheck check, String paEmail, LocalDate today) {

    public long id() {
        return check.id();
    }

    public String label() {
        return check.slot().label();
    }

    public String inSentence() {
        return check.slot().inSentence();
    }

    public CheckStatus status() {
        return check.statusOn(today);
    }

    public String statusLabel() {
        return status().label();
    }

    /** The tag's style: the status, plus "expiring" for a verified check close to its renewal. */
    public String statusStyle() {
        String style = "tag tag-" + status().name().toLowerCase(Locale.ROOT);
        return isExpiring() ? style + " tag-expiring" : style;
    }

    public boolean isExpiring() {
        return check.isExpiringWithin(VettingProgress.EXPIRING_WITHIN_DAYS, today);
    }

    public boolean isWaiting() {
        return status() == CheckStatus.SUBMITTED;
    }

    public boolean isRejected() {
        return status() == CheckStatus.REJECTED;
    }

    public String submittedOn() {
        return SpokenDate.of(dayOf(check.submittedAt()));
    }

    public String decidedOn() {
        return check.decidedAt() == null ? "" : SpokenDate.of(dayOf(check.decidedAt()));
    }

    public String expiresOn() {
        return check.expiresOn() == null ? "Does not need renewing" : SpokenDate.of(check.expiresOn());
    }

    /** "Less than a day", "1 day", "12 days": how long the check has waited for the council. */
    public String timeWaiting() {
        return days(ChronoUnit.DAYS.between(dayOf(check.submittedAt()), today), "Less than a day");
    }

    public String timeLeft() {
        return check.expiresOn() == null ? ""
                : days(ChronoUnit.DAYS.between(today, check.expiresOn()), "Expires today");
    }

    public String note() {
        return check.decisionNote() == null ? "" : check.decisionNote();
    }

    public List<Fact> facts() {
        return check.details().facts();
    }

    public long evidenceFileId() {
        return check.evidenceFileId();
    }

    private static String days(long count, String none) {
        return count <= 0 ? none : count == 1 ? "1 day" : count + " days";
    }

    private static LocalDate dayOf(Instant instant) {
        return instant.atZone(Platform.UK).toLocalDate();
    }
}

package care.circles.accreditation.entity;

import java.time.LocalDate;

/** One requirement of an application and the evidence sent for it so far, if any. */
public record ChecklistItem(Requirement requirement, Evidence evidence, String fileName) {

    public boolean isSent() {
        return evidence != null;
    }

    /** Sent, and not past its expiry date: it counts. */
    public boolean isMetOn(LocalDate today) {
        return evidence != null && !evidence.isExpiredOn(today);
    }

    /** The form field of this requirement's upload, named in problems so the summary links to it. */
    public String field() {
        return "evidence-" + requirement.getId();
    }
}

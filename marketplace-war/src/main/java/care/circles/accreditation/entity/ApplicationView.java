package care.circles.accreditation.entity;

import java.util.List;

/** One application as the organisation and the council see it: its checklist and its history. */
public record ApplicationView(Accreditation application, String organisationName, List<ChecklistItem> checklist,
                              List<AccreditationStep> history) {

    public ApplicationView {
        checklist = List.copyOf(checklist);
        history = List.copyOf(history);
    }
}

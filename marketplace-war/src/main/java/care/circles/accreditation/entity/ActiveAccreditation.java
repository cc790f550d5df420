package care.circles.accreditation.entity;

import java.time.LocalDate;
import java.util.List;

/** An accreditation in force: what the public page and search show. */
public record ActiveAccreditation(long id, AccreditationKind kind, LocalDate validFrom, LocalDate expiresOn,
                                  List<String> conditions) {

    public ActiveAccreditation {
        conditions = List.copyOf(conditions);
    }

    public boolean hasConditions() {
        return !conditions.isEmpty();
    }
}

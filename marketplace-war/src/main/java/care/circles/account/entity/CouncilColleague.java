package care.circles.account.entity;

import java.time.Instant;
import java.util.Set;

/** A council user as the council admins' page lists them. */
public record CouncilColleague(long accountId, String email, Set<CouncilDuty> duties, Instant openedAt) {

    public CouncilColleague {
        duties = Set.copyOf(duties);
    }

    public boolean has(CouncilDuty duty) {
        return duties.contains(duty);
    }
}

package care.circles.vetting.control;

import java.time.LocalDate;
import java.util.List;

import care.circles.vetting.entity.VerifiedCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the rest of the marketplace may know about a PA's vetting: the badges the PA register
 * shows. Public information, so no viewer is asked for. Pass today's date (see
 * {@link VettingChecks#today()}); an expired check drops out on the day after its expiry date.
 */
@ApplicationScoped
public class VettingRecords {

    @Inject
    VettingChecks checks;

    /** The PA's verified, unexpired checks, in the register's order. */
    public List<VerifiedCheck> currentlyVerified(long paAccountId, LocalDate today) {
        return checks.progressOf(paAccountId, today).currentlyVerified();
    }

    /** True only with a verified, unexpired photo ID and enhanced DBS check. */
    public boolean mayOfferPersonalCare(long paAccountId, LocalDate today) {
        return checks.progressOf(paAccountId, today).mayOfferPersonalCare();
    }
}

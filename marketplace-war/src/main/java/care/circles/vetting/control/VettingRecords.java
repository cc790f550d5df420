package care.circles.vetting.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import care.circles.platform.Platform;
import care.circles.vetting.entity.VerifiedCheck;
import care.circles.vetting.entity.VettingCheck;
import care.circles.vetting.entity.VettingProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the rest of the marketplace may know about a PA's vetting: the badges the PA register
 * shows. Public information, so no viewer is asked for. Pass today's date (see
 * {@link VettingChecks#today()}); an expired check drops out on the day after its expiry date.
 */
@ApplicationScoped
public class VettingRecords {

    @PersistenceContext
    EntityManager em;

    /** The PA's verified, unexpired checks, in the register's order. */
    public List<VerifiedCheck> currentlyVerified(long paAccountId, LocalDate today) {
        return progressOf(paAccountId, today).currentlyVerified();
    }

    /**
     * Every PA's badges in one query, for rebuilding search: PA account id → badges. PAs with no
     * badge are left out.
     */
    public Map<Long, List<VerifiedCheck>> currentlyVerifiedByPa(LocalDate today) {
        Map<Long, List<VettingCheck>> byPa = em.createQuery(
                        "SELECT c FROM VettingCheck c ORDER BY c.paAccountId, c.submittedAt DESC, c.id DESC",
                        VettingCheck.class)
                .getResultStream()
                .collect(Collectors.groupingBy(VettingCheck::paAccountId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<VerifiedCheck>> badges = new HashMap<>();
        byPa.forEach((pa, checks) -> {
            List<VerifiedCheck> verified = new VettingProgress(checks, today, Platform.UK).currentlyVerified();
            if (!verified.isEmpty()) {
                badges.put(pa, verified);
            }
        });
        return badges;
    }

    /** True only with a verified, unexpired photo ID and enhanced DBS check. */
    public boolean mayOfferPersonalCare(long paAccountId, LocalDate today) {
        return progressOf(paAccountId, today).mayOfferPersonalCare();
    }

    /** Every check of one PA, details and all: for this component only, which checks who may see them. */
    VettingProgress progressOf(long paAccountId, LocalDate today) {
        return new VettingProgress(em.createNamedQuery(VettingCheck.OF_PA, VettingCheck.class)
                .setParameter("paAccountId", paAccountId)
                .getResultList(), today, Platform.UK);
    }
}

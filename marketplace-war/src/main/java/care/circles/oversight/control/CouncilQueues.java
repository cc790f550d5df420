package care.circles.oversight.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import care.circles.account.control.CouncilStaff;
import care.circles.account.entity.Account;
import care.circles.account.entity.CouncilDuty;
import care.circles.account.entity.Role;
import care.circles.finance.control.FinanceAudit;
import care.circles.oversight.entity.QueueSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Every council work queue in one place, with counts and the age of the oldest item. Each queue
 * is one query on the table its component owns, so a component's queue shows here as soon as
 * its line is added.
 */
@ApplicationScoped
public class CouncilQueues {

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilStaff councilStaff;

    @Inject
    FinanceAudit finance;

    @Inject
    Clock clock;

    public List<QueueSummary> forCouncilUser(Account viewer) {
        if (viewer.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff see the council's queues");
        }
        Instant now = clock.instant();
        List<QueueSummary> queues = new ArrayList<>();
        if (councilStaff.has(viewer, CouncilDuty.SAFEGUARDING)) {
            queues.add(summary("Safeguarding concerns not closed", "/council/safeguarding/index.xhtml",
                    "SELECT COUNT(*), MIN(received_at) FROM safeguarding_concern WHERE status <> 'CLOSED'", now));
        }
        queues.add(summary("PA checks to verify", "/council/checks.xhtml",
                "SELECT COUNT(*), MIN(submitted_at) FROM vetting_check WHERE status = 'SUBMITTED'", now));
        queues.add(summary("Job adverts to moderate", "/council/adverts.xhtml",
                "SELECT COUNT(*), MIN(submitted_at) FROM job_advert WHERE status = 'SUBMITTED'", now));
        queues.add(summary("Accreditation applications to decide", "/council/accreditations.xhtml",
                "SELECT COUNT(*), MIN(submitted_at) FROM accreditation WHERE status = 'SUBMITTED'", now));
        queues.add(summary("Reviews of PAs reported by the PA", "/council/pa-reviews-reported.xhtml",
                "SELECT COUNT(*), MIN(reported_at) FROM pa_review WHERE reported_at IS NOT NULL"
                        + " AND report_closed_at IS NULL AND hidden_at IS NULL", now));
        // A timesheet is overdue when the person has not approved or disputed it within 7 days.
        queues.add(summary("Timesheets overdue for approval", "/council/timesheets-overdue.xhtml",
                "SELECT COUNT(*), MIN(submitted_at) FROM timesheet WHERE status = 'SUBMITTED'"
                        + " AND submitted_at < UTC_TIMESTAMP(6) - INTERVAL 7 DAY", now));
        // Worked out from balances and loads each time, not stored, so no date goes with a flag.
        queues.add(new QueueSummary("Direct payment accounts with a surplus to review", "/council/finance.xhtml?show=surplus",
                finance.surplusCount(viewer), null, now));
        return queues;
    }

    private QueueSummary summary(String name, String link, String countAndOldest, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery(countAndOldest).getSingleResult();
        Instant oldest = row[1] == null ? null : ((LocalDateTime) row[1]).toInstant(ZoneOffset.UTC);
        return new QueueSummary(name, link, ((Number) row[0]).longValue(), oldest, now);
    }
}

package care.circles.timesheet.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.messaging.control.ParticipantNames;
import care.circles.platform.ListPage;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import care.circles.timesheet.entity.OverdueTimesheet;
import care.circles.timesheet.entity.Timesheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Timesheets that have waited more than 7 days for the DP holder, longest first, for council
 * staff to follow up (the PA is owed money and the holder may need help).
 */
@ApplicationScoped
public class OverdueTimesheets {

    @PersistenceContext
    EntityManager em;

    @Inject
    ParticipantNames names;

    public ListPage<OverdueTimesheet> list(Account council, Clock clock, int page, int size) {
        if (council.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff see overdue timesheets");
        }
        Instant now = clock.instant();
        Instant sentBy = now.minus(Timesheet.OVERDUE_AFTER);
        long total = em.createNamedQuery(Timesheet.COUNT_OVERDUE, Long.class)
                .setParameter("sentBy", sentBy).getSingleResult();
        List<Timesheet> items = em.createNamedQuery(Timesheet.OVERDUE, Timesheet.class)
                .setParameter("sentBy", sentBy)
                .setFirstResult(ListPage.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        Map<Long, String> paNames = names.of(items.stream().map(Timesheet::paAccountId).toList());
        List<OverdueTimesheet> rows = items.stream().map(t -> new OverdueTimesheet(t, paNames.get(t.paAccountId()),
                em.find(Account.class, t.dpHolderAccountId()).email().value(),
                SpokenDate.of(t.submittedAt().atZone(Platform.UK).toLocalDate()),
                Duration.between(t.submittedAt(), now).toDays())).toList();
        return new ListPage<>(rows, total, page, size);
    }
}

package care.circles.audit.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import care.circles.account.control.CouncilStaff;
import care.circles.account.entity.Account;
import care.circles.account.entity.CouncilDuty;
import care.circles.audit.entity.AuditEvent;
import care.circles.audit.entity.AuditLine;
import care.circles.audit.entity.AuditQuery;
import care.circles.platform.ListPage;
import care.circles.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Reading the audit log: for council admins only, newest first, filtered by person, action, record and date. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilStaff councilStaff;

    public ListPage<AuditLine> search(Account reader, AuditQuery query, int page, int size) {
        councilStaff.require(reader, CouncilDuty.ADMIN);
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.personEmail() != null) {
            Long person = em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
                    .setParameter("email", query.personEmail().toLowerCase(Locale.ROOT))
                    .getResultStream().findFirst().orElse(-1L);
            where.add("(e.actorAccountId = :person OR (e.subjectType = 'account' AND e.subjectId = :person))");
            parameters.put("person", person);
        }
        if (query.action() != null) {
            where.add("e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.subjectType() != null) {
            where.add("e.subjectType = :subjectType");
            parameters.put("subjectType", query.subjectType());
        }
        if (query.subjectId() != null) {
            where.add("e.subjectId = :subjectId");
            parameters.put("subjectId", query.subjectId());
        }
        if (query.from() != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay(Platform.UK).toInstant());
        }
        if (query.to() != null) {
            where.add("e.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(Platform.UK).toInstant());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + filter, Long.class);
        TypedQuery<AuditEvent> list = em.createQuery("SELECT e FROM AuditEvent e" + filter
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            list.setParameter(name, value);
        });
        List<AuditEvent> events = list.setFirstResult(ListPage.offset(page, size)).setMaxResults(size).getResultList();
        Map<Long, String> names = actorNames(events);
        List<AuditLine> lines = events.stream().map(e -> new AuditLine(e, e.actorAccountId() == null
                ? "Not signed in, or Circles itself" : names.getOrDefault(e.actorAccountId(), "Account " + e.actorAccountId())))
                .toList();
        return new ListPage<>(lines, count.getSingleResult(), page, size);
    }

    /** The kinds of event and of record in the log, for the filter lists. */
    public List<String> actions(Account reader) {
        councilStaff.require(reader, CouncilDuty.ADMIN);
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class).getResultList();
    }

    public List<String> subjectTypes(Account reader) {
        councilStaff.require(reader, CouncilDuty.ADMIN);
        return em.createQuery("SELECT DISTINCT e.subjectType FROM AuditEvent e ORDER BY e.subjectType", String.class)
                .getResultList();
    }

    private Map<Long, String> actorNames(List<AuditEvent> events) {
        List<Long> ids = events.stream().map(AuditEvent::actorAccountId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Account account : em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", ids).getResultList()) {
                names.put(account.id(), account.email().value());
            }
        }
        return names;
    }
}

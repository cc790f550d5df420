package care.circles.visit.control;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.account.entity.Account;
import care.circles.audit.control.AuditTrail;
import care.circles.engagement.control.ChangeNotices;
import care.circles.engagement.entity.StatedReason;
import care.circles.platform.Platform;
import care.circles.visit.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Visits as the two people in them see them: a week of the calendar, one visit, and cancelling
 * with a reason. Nobody sees or cancels a visit they are not part of.
 */
@ApplicationScoped
public class Visits {

    public static final String SUBJECT = "visit";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeNotices notices;

    @Inject
    Clock clock;

    /** Cancelling less than this many hours before a visit is short notice (VISITS_SHORT_NOTICE_HOURS). */
    @Inject
    @ConfigProperty(name = "visits.short-notice-hours", defaultValue = "48")
    int shortNoticeHours;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    public Duration shortNotice() {
        return Duration.ofHours(shortNoticeHours);
    }

    /** The account's visits in the 7 days from {@code firstDay}, in time order. */
    public List<Visit> week(Account viewer, LocalDate firstDay) {
        return em.createNamedQuery(Visit.BETWEEN, Visit.class)
                .setParameter("account", viewer.id())
                .setParameter("from", firstDay.atStartOfDay(Platform.UK).toInstant())
                .setParameter("until", firstDay.plusDays(7).atStartOfDay(Platform.UK).toInstant())
                .getResultList();
    }

    /** A visit the account is part of; nothing otherwise. */
    public Optional<Visit> find(Account viewer, long visitId) {
        return Optional.ofNullable(em.find(Visit.class, visitId)).filter(v -> v.involves(viewer.id()));
    }

    /**
     * Either side cancels a visit before it starts. The other side is told; a PA cancelling at
     * short notice is told to the DP holder as a chance to find cover.
     */
    @Transactional
    public Visit cancel(Account who, long visitId, StatedReason reason) {
        Visit visit = em.find(Visit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
        if (visit == null || !visit.involves(who.id())) {
            throw new SecurityException("This visit is not one of yours");
        }
        visit.cancel(who.id(), reason, clock.instant(), shortNotice());
        audit.record(who.id(), "VISIT_CANCELLED", SUBJECT, visitId,
                (visit.isShortNotice() ? "At short notice. " : "") + reason.text());
        if (visit.needsCover()) {
            notices.tell(visit.dpHolderAccountId(), "Your PA cancelled the visit on " + visit.spoken()
                    + ". You can ask other PAs to cover it.", link(visitId));
        } else {
            long other = who.id() == visit.paAccountId() ? visit.dpHolderAccountId() : visit.paAccountId();
            notices.tell(other, "The visit on " + visit.spoken() + " is cancelled.", link(visitId));
        }
        return visit;
    }

    public static String link(long visitId) {
        return "/engage/visit.xhtml?id=" + visitId;
    }
}

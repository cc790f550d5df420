package care.circles.advert.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.advert.entity.AdvertDetails;
import care.circles.advert.entity.JobAdvert;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.ListPage;
import care.circles.platform.Platform;
import care.circles.search.control.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A DP holder's own job adverts: write, change, send to the council, mark filled, withdraw.
 * Only DP holders post, and only the poster may read or change an advert before it is public.
 */
@ApplicationScoped
public class JobAdverts {

    static final String SUBJECT = "job_advert";

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Today where the council is: start dates are days people speak of. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    /** Saves a new advert as a draft. */
    @Transactional
    public JobAdvert write(Account poster, AdvertDetails details) {
        requirePoster(poster);
        JobAdvert advert = new JobAdvert(poster.id(), details, clock.instant());
        em.persist(advert);
        em.flush();
        return advert;
    }

    /** Changes a draft, or an advert the council sent back. */
    @Transactional
    public JobAdvert change(Account poster, long advertId, AdvertDetails details) {
        JobAdvert advert = lockedOwn(poster, advertId);
        advert.update(details, clock.instant());
        return advert;
    }

    /** Sends the advert for the council's check. */
    @Transactional
    public JobAdvert submit(Account poster, long advertId) {
        JobAdvert advert = lockedOwn(poster, advertId);
        advert.submit(clock.instant(), today());
        audit.record(poster.id(), "ADVERT_SUBMITTED", SUBJECT, advertId, null);
        return advert;
    }

    /** The poster found a PA: the advert leaves search at once. */
    @Transactional
    public JobAdvert markFilled(Account poster, long advertId) {
        JobAdvert advert = lockedOwn(poster, advertId);
        advert.markFilled(clock.instant());
        outbox.delete(AdvertListing.INDEX, String.valueOf(advertId));
        audit.record(poster.id(), "ADVERT_FILLED", SUBJECT, advertId, null);
        return advert;
    }

    /** The poster no longer wants the advert: it leaves search at once if it was there. */
    @Transactional
    public JobAdvert withdraw(Account poster, long advertId) {
        JobAdvert advert = lockedOwn(poster, advertId);
        boolean wasOpen = advert.isOpen(clock.instant());
        advert.withdraw(clock.instant());
        if (wasOpen) {
            outbox.delete(AdvertListing.INDEX, String.valueOf(advertId));
        }
        audit.record(poster.id(), "ADVERT_WITHDRAWN", SUBJECT, advertId, null);
        return advert;
    }

    /** One of the poster's adverts; nothing if it is someone else's, so ids reveal nothing. */
    public Optional<JobAdvert> postedBy(Account poster, long advertId) {
        requirePoster(poster);
        return Optional.ofNullable(em.find(JobAdvert.class, advertId)).filter(a -> a.isPostedBy(poster.id()));
    }

    /** The poster's adverts, newest first. */
    public ListPage<JobAdvert> postedBy(Account poster, int page, int size) {
        requirePoster(poster);
        long total = em.createNamedQuery(JobAdvert.COUNT_BY_POSTER, Long.class)
                .setParameter("poster", poster.id())
                .getSingleResult();
        var items = em.createNamedQuery(JobAdvert.BY_POSTER, JobAdvert.class)
                .setParameter("poster", poster.id())
                .setFirstResult(ListPage.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        return new ListPage<>(items, total, page, size);
    }

    /** A published advert that is still open, as anyone may see it. */
    public Optional<JobAdvert> open(long advertId) {
        return Optional.ofNullable(em.find(JobAdvert.class, advertId)).filter(a -> a.isOpen(clock.instant()));
    }

    private JobAdvert lockedOwn(Account poster, long advertId) {
        requirePoster(poster);
        JobAdvert advert = em.find(JobAdvert.class, advertId, LockModeType.PESSIMISTIC_WRITE);
        if (advert == null || !advert.isPostedBy(poster.id())) {
            throw new SecurityException("This advert is not one of yours");
        }
        return advert;
    }

    private static void requirePoster(Account account) {
        if (account.role() != Role.DP_HOLDER) {
            throw new SecurityException("Only people with a direct payment can post job adverts");
        }
    }
}

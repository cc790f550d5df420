package care.circles.advert.control;

import java.time.Clock;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.advert.entity.AdvertChangeRefused;
import care.circles.advert.entity.JobAdvert;
import care.circles.advert.entity.RejectionReason;
import care.circles.audit.control.AuditTrail;
import care.circles.notification.control.Notifications;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.place.entity.Place;
import care.circles.platform.ListPage;
import care.circles.search.control.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The council's check of job adverts before anyone else sees them: the queue, publishing and
 * sending back with a reason. Each decision is audited and told to the poster in the same
 * transaction; PAs who match are told after it commits.
 */
@ApplicationScoped
public class AdvertModeration {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    Event<AdvertPublished> published;

    @Inject
    Clock clock;

    /** Adverts waiting for a check, oldest first, so nobody waits longest by chance. */
    public ListPage<JobAdvert> waiting(Account council, int page, int size) {
        requireCouncil(council);
        long total = em.createNamedQuery(JobAdvert.COUNT_WAITING, Long.class).getSingleResult();
        var items = em.createNamedQuery(JobAdvert.WAITING, JobAdvert.class)
                .setFirstResult(ListPage.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        return new ListPage<>(items, total, page, size);
    }

    /** Any advert, whatever its status, for council staff. */
    public Optional<JobAdvert> advert(Account council, long advertId) {
        requireCouncil(council);
        return Optional.ofNullable(em.find(JobAdvert.class, advertId));
    }

    @Transactional
    public JobAdvert publish(Account council, long advertId) {
        JobAdvert advert = locked(council, advertId);
        advert.publish(clock.instant());
        Place place = placeOf(advert);
        outbox.index(AdvertListing.INDEX, String.valueOf(advertId), AdvertListing.of(advert, place, taxonomy.current()).toJson());
        audit.record(council.id(), "ADVERT_PUBLISHED", JobAdverts.SUBJECT, advertId, null);
        notifications.send(advert.posterAccountId(), "Your advert \u201c" + advert.title()
                + "\u201d is published. Personal assistants can now find it.", "/adverts/mine.xhtml");
        published.fire(new AdvertPublished(advertId));
        return advert;
    }

    @Transactional
    public JobAdvert reject(Account council, long advertId, RejectionReason reason) {
        JobAdvert advert = locked(council, advertId);
        advert.reject(reason, clock.instant());
        audit.record(council.id(), "ADVERT_REJECTED", JobAdverts.SUBJECT, advertId, reason.text());
        notifications.send(advert.posterAccountId(), "The council sent back your advert \u201c" + advert.title()
                + "\u201d: " + reason.text(), "/adverts/edit.xhtml?id=" + advertId);
        return advert;
    }

    private JobAdvert locked(Account council, long advertId) {
        requireCouncil(council);
        JobAdvert advert = em.find(JobAdvert.class, advertId, LockModeType.PESSIMISTIC_WRITE);
        if (advert == null) {
            throw new AdvertChangeRefused("There is no advert " + advertId + ".");
        }
        return advert;
    }

    private Place placeOf(JobAdvert advert) {
        return gazetteer.byId(advert.placeId())
                .orElseThrow(() -> new IllegalStateException("Place " + advert.placeId() + " is not in the gazetteer"));
    }

    private static void requireCouncil(Account account) {
        if (account.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff check job adverts");
        }
    }
}

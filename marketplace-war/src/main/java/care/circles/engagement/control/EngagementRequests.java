package care.circles.engagement.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.audit.entity.AuditEvent;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.AgreementMade;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.EngagementRequest;
import care.circles.engagement.entity.EngagementTerms;
import care.circles.engagement.entity.HouseholdFamily;
import care.circles.engagement.entity.StatedReason;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.place.control.Gazetteer;
import care.circles.place.entity.Place;
import care.circles.platform.Council;
import care.circles.platform.ListPage;
import care.circles.platform.Platform;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Requests from DP holders to PAs, from sending to an agreement. Only DP holders send and
 * withdraw; only the PA asked answers; each side sees only requests they are part of. Every
 * step is written to the audit trail (the history both sides read) and told to the other side.
 */
@ApplicationScoped
public class EngagementRequests {

    public static final String SUBJECT = "engagement_request";

    @PersistenceContext
    EntityManager em;

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeNotices notices;

    @Inject
    Council council;

    @Inject
    Event<AgreementMade> made;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    /**
     * A DP holder asks the PA of a published profile to work for them.
     *
     * @param householdFamily the answer to "is the PA a close family member in your household?"
     */
    @Transactional
    public EngagementRequest send(Account holder, long paProfileId, EngagementTerms terms, String householdFamily) {
        requireRole(holder, Role.DP_HOLDER, "Only people with a direct payment can ask a PA to work for them");
        PaProfile profile = profiles.published(paProfileId)
                .orElseThrow(() -> new ChangeRefused("This PA's profile is not on the register any more."));
        HouseholdFamily.confirmNot(householdFamily, council.getName());
        EngagementRequest request = new EngagementRequest(holder.id(), profile.accountId(), profile.id(), terms,
                clock.instant());
        em.persist(request);
        em.flush();
        audit.record(holder.id(), "REQUEST_SENT", SUBJECT, request.id(), terms.summary(taxonomy.current()));
        notices.tell(profile.accountId(), "You have a new request to work as a PA, starting "
                + care.circles.platform.SpokenDate.of(terms.startDate()) + ".", link(request));
        return request;
    }

    /**
     * The PA accepts the request as sent (or the DP holder accepts the PA's changes): the
     * agreement is made in the same transaction.
     */
    @Transactional
    public Agreement accept(Account who, long requestId, String householdFamily) {
        EngagementRequest request = lockedFor(who, requestId);
        boolean asPa = who.id() == request.paAccountId();
        if (asPa) {
            HouseholdFamily.confirmNot(householdFamily, council.getName());
            request.acceptAsPa(clock.instant());
        } else {
            request.acceptChanges(clock.instant());
        }
        EngagementTerms terms = request.terms(placeOf(request.placeId()));
        Agreement agreement = Agreement.from(request, terms, clock.instant());
        em.persist(agreement);
        em.flush();
        audit.record(who.id(), asPa ? "REQUEST_ACCEPTED" : "CHANGES_ACCEPTED", SUBJECT, requestId, null);
        audit.record(who.id(), "AGREEMENT_MADE", Agreements.SUBJECT, agreement.id(), terms.summary(taxonomy.current()));
        made.fire(new AgreementMade(agreement.id()));
        notices.tell(asPa ? request.dpHolderAccountId() : request.paAccountId(),
                (asPa ? "Your request was accepted" : "Your changes were accepted") + ": you have an agreement.",
                Agreements.link(agreement.id()));
        return agreement;
    }

    @Transactional
    public EngagementRequest decline(Account pa, long requestId, StatedReason reason) {
        EngagementRequest request = lockedFor(pa, requestId);
        requireParty(pa.id() == request.paAccountId(), "Only the PA who was asked can decline this request.");
        request.decline(reason, clock.instant());
        audit.record(pa.id(), "REQUEST_DECLINED", SUBJECT, requestId, reason.text());
        notices.tell(request.dpHolderAccountId(), "A PA declined your request.", link(request));
        return request;
    }

    @Transactional
    public EngagementRequest proposeChanges(Account pa, long requestId, EngagementTerms changed, String note) {
        EngagementRequest request = lockedFor(pa, requestId);
        requireParty(pa.id() == request.paAccountId(), "Only the PA who was asked can propose changes.");
        request.proposeChanges(changed, note, clock.instant());
        audit.record(pa.id(), "CHANGES_PROPOSED", SUBJECT, requestId,
                changed.summary(taxonomy.current()) + (note == null ? "" : " Note: " + note));
        notices.tell(request.dpHolderAccountId(), "A PA proposed changes to your request.", link(request));
        return request;
    }

    @Transactional
    public EngagementRequest revise(Account holder, long requestId, EngagementTerms changed) {
        EngagementRequest request = lockedFor(holder, requestId);
        requireParty(holder.id() == request.dpHolderAccountId(), "Only the person who sent the request can change it.");
        request.revise(changed, clock.instant());
        audit.record(holder.id(), "REQUEST_REVISED", SUBJECT, requestId, changed.summary(taxonomy.current()));
        notices.tell(request.paAccountId(), "A request to you was changed and sent again.", link(request));
        return request;
    }

    @Transactional
    public EngagementRequest withdraw(Account holder, long requestId) {
        EngagementRequest request = lockedFor(holder, requestId);
        requireParty(holder.id() == request.dpHolderAccountId(), "Only the person who sent the request can withdraw it.");
        request.withdraw(clock.instant());
        audit.record(holder.id(), "REQUEST_WITHDRAWN", SUBJECT, requestId, null);
        notices.tell(request.paAccountId(), "A request to you was withdrawn.", link(request));
        return request;
    }

    /** A request the account is part of; nothing otherwise, so ids reveal nothing. */
    public Optional<EngagementRequest> find(Account viewer, long requestId) {
        return Optional.ofNullable(em.find(EngagementRequest.class, requestId)).filter(r -> r.involves(viewer.id()));
    }

    /** The account's requests, sent or received, most recently changed first. */
    public ListPage<EngagementRequest> involving(Account viewer, int page, int size) {
        long total = em.createNamedQuery(EngagementRequest.COUNT_INVOLVING, Long.class)
                .setParameter("account", viewer.id()).getSingleResult();
        List<EngagementRequest> items = em.createNamedQuery(EngagementRequest.INVOLVING, EngagementRequest.class)
                .setParameter("account", viewer.id())
                .setFirstResult(ListPage.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        return new ListPage<>(items, total, page, size);
    }

    /** What happened to the request, oldest first, for the people in it. */
    public List<AuditEvent> history(Account viewer, long requestId) {
        find(viewer, requestId).orElseThrow(() -> new SecurityException("This request is not one of yours"));
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id"
                        + " ORDER BY e.occurredAt, e.id", AuditEvent.class)
                .setParameter("type", SUBJECT)
                .setParameter("id", requestId)
                .getResultList();
    }

    public Place placeOf(long placeId) {
        return gazetteer.byId(placeId)
                .orElseThrow(() -> new IllegalStateException("Place " + placeId + " is not in the gazetteer"));
    }

    public static String link(EngagementRequest request) {
        return "/engage/request.xhtml?id=" + request.id();
    }

    private EngagementRequest lockedFor(Account who, long requestId) {
        EngagementRequest request = em.find(EngagementRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.involves(who.id())) {
            throw new SecurityException("This request is not one of yours");
        }
        return request;
    }

    static void requireRole(Account account, Role role, String message) {
        if (account.role() != role) {
            throw new SecurityException(message);
        }
    }

    private static void requireParty(boolean allowed, String message) {
        if (!allowed) {
            throw new ChangeRefused(message);
        }
    }

    /** Whether the request is waiting for this account's answer. */
    public static boolean waitingFor(EngagementRequest request, Account account) {
        return request.status().isOpen() && Long.valueOf(account.id()).equals(request.waitingFor());
    }
}

package care.circles.visit.control;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.engagement.control.Agreements;
import care.circles.engagement.control.ChangeNotices;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.Arrangement;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.EngagementTerms;
import care.circles.engagement.entity.VisitSchedule;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.control.PaSearch;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.pa.entity.AvailabilitySlot;
import care.circles.pa.entity.EmploymentPreference;
import care.circles.pa.entity.PaFilters;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.pa.entity.PartOfDay;
import care.circles.pa.entity.SearchOrder;
import care.circles.place.control.Gazetteer;
import care.circles.place.entity.Place;
import care.circles.platform.Platform;
import care.circles.vetting.entity.CheckType;
import care.circles.visit.entity.CoverAsk;
import care.circles.visit.entity.CoverRequest;
import care.circles.visit.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Cover for a visit the PA cancelled at short notice. The DP holder sees PAs who could step in
 * (verified, offering the support the agreement is for, near the person, usually free at that
 * time, not the PA who cancelled) and asks them in one go. The first to accept gets a one-off
 * agreement and the visit; the database decides who is first, so two at once never both win.
 */
@ApplicationScoped
public class Cover {

    /** How far from the person's town cover is looked for: Dorset is rural. */
    public static final int RADIUS_KM = 25;
    public static final int MOST_CANDIDATES = 20;
    private static final String SUBJECT = "cover_request";

    @PersistenceContext
    EntityManager em;

    @Inject
    PaSearch search;

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @Inject
    Agreements agreements;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeNotices notices;

    @Inject
    Clock clock;

    /** PAs who could cover the visit, nearest first. */
    public List<PaHit> candidates(Account holder, long visitId) throws SearchUnavailableException {
        Visit visit = coverable(holder, visitId);
        Agreement agreement = em.find(Agreement.class, visit.agreementId());
        Place place = gazetteer.byId(agreement.placeId()).orElseThrow();
        PaFilters filters = new PaFilters(agreement.skills(), Set.of(), Set.of(), Set.of(), false,
                new TreeSet<>(Set.of(slotOf(visit))), EnumSet.of(CheckType.IDENTITY));
        PaSearchCriteria criteria = new PaSearchCriteria("", place, RADIUS_KM, SearchOrder.DISTANCE, 1,
                2 * MOST_CANDIDATES + 1, filters);
        List<PaHit> nearby = search.find(criteria).items().stream()
                .filter(hit -> hit.id() != agreement.paProfileId())
                .toList();
        Set<Long> busy = busyAtTheTime(nearby.stream().map(PaHit::id).toList(), visit);
        return nearby.stream().filter(hit -> !busy.contains(hit.id())).limit(MOST_CANDIDATES).toList();
    }

    /** Of these PA profiles, those whose PA has a visit of their own that overlaps this one. */
    private Set<Long> busyAtTheTime(List<Long> profileIds, Visit visit) {
        if (profileIds.isEmpty()) {
            return Set.of();
        }
        List<?> busy = em.createNativeQuery("SELECT DISTINCT p.id FROM pa_profile p JOIN visit v ON v.pa_account_id = p.account_id"
                        + " WHERE p.id IN (" + String.join(",", profileIds.stream().map(String::valueOf).toList()) + ")"
                        + " AND v.status <> 'CANCELLED' AND v.starts_at < ? AND v.ends_at > ?")
                .setParameter(1, LocalDateTime.ofInstant(visit.endsAt(), ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(visit.startsAt(), ZoneOffset.UTC))
                .getResultList();
        return busy.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    /**
     * Asks these PAs (by profile id) to cover the visit, in one action. Asking again adds more PAs
     * to the same request.
     */
    @Transactional
    public CoverRequest ask(Account holder, long visitId, List<Long> paProfileIds) {
        Visit visit = coverable(holder, visitId);
        if (paProfileIds.isEmpty()) {
            throw new care.circles.platform.InvalidInputException("pa", "Choose at least one PA to ask");
        }
        em.lock(visit, LockModeType.PESSIMISTIC_WRITE);
        CoverRequest request = forVisit(visitId).orElseGet(() -> {
            CoverRequest made = new CoverRequest(visitId, holder.id(), clock.instant());
            em.persist(made);
            em.flush();
            return made;
        });
        if (!request.isOpen()) {
            throw new ChangeRefused("This visit is covered already.");
        }
        Agreement agreement = em.find(Agreement.class, visit.agreementId());
        List<Long> asked = new ArrayList<>();
        for (long profileId : paProfileIds) {
            PaProfile profile = profiles.published(profileId).orElse(null);
            if (profile == null || profile.id() == agreement.paProfileId() || asked.contains(profile.accountId())) {
                continue;
            }
            int added = em.createNativeQuery("INSERT INTO cover_ask (cover_request_id, pa_account_id, asked_at)"
                            + " SELECT ?, ?, ? FROM DUAL WHERE NOT EXISTS"
                            + " (SELECT 1 FROM cover_ask WHERE cover_request_id = ? AND pa_account_id = ?)")
                    .setParameter(1, request.id()).setParameter(2, profile.accountId())
                    .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .setParameter(4, request.id()).setParameter(5, profile.accountId())
                    .executeUpdate();
            if (added == 1) {
                asked.add(profile.accountId());
                notices.tell(profile.accountId(), "Can you cover a visit on " + visit.spoken() + "?", link(request.id()));
            }
        }
        audit.record(holder.id(), "COVER_ASKED", SUBJECT, request.id(), asked.size() + " PAs asked for visit " + visitId);
        return request;
    }

    /**
     * An asked PA accepts. A conditional UPDATE decides: of PAs accepting at the same moment,
     * exactly one changes the row from OPEN to FILLED; everyone else is told it is taken.
     *
     * @return the one-off agreement made for the cover visit
     */
    @Transactional
    public Agreement accept(Account pa, long coverRequestId) {
        if (pa.role() != Role.PA) {
            throw new SecurityException("Only personal assistants give cover");
        }
        if (!wasAsked(pa, coverRequestId)) {
            throw new SecurityException("This cover request was not sent to you");
        }
        int won = em.createNativeQuery("UPDATE cover_request SET status = 'FILLED', filled_by = ?, filled_at = ?"
                        + " WHERE id = ? AND status = 'OPEN'")
                .setParameter(1, pa.id())
                .setParameter(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(3, coverRequestId)
                .executeUpdate();
        if (won == 0) {
            throw new ChangeRefused("Another PA has already said yes to this visit. Thank you for offering.");
        }
        CoverRequest request = em.find(CoverRequest.class, coverRequestId);
        em.refresh(request);
        Visit cancelled = em.find(Visit.class, request.visitId());
        if (!clock.instant().isBefore(cancelled.startsAt())) {
            throw new ChangeRefused("This visit has started or is over, so it cannot be covered now.");
        }
        Agreement regular = em.find(Agreement.class, cancelled.agreementId());
        PaProfile profile = profiles.ownedBy(pa).orElseThrow(() -> new ChangeRefused("Your PA profile is missing."));
        EngagementTerms terms = new EngagementTerms(VisitSchedule.of(List.of(cancelled.asVisitTime())),
                cancelled.day(), regular.tasks(), regular.skills(), gazetteer.byId(regular.placeId()).orElseThrow(),
                profile.hourlyRate(), arrangementFor(profile), 1);
        Agreement oneOff = agreements.makeOneOff(request.dpHolderAccountId(), pa, profile.id(), terms);
        Visit cover = new Visit(oneOff.id(), request.dpHolderAccountId(), pa.id(), cancelled.startsAt(),
                cancelled.endsAt(), cancelled.id());
        em.persist(cover);
        em.flush();
        audit.record(pa.id(), "COVER_ACCEPTED", SUBJECT, coverRequestId, "Cover visit " + cover.id());
        notices.tell(request.dpHolderAccountId(), profile.displayName() + " will cover the visit on "
                + cancelled.spoken() + ".", Visits.link(cover.id()));
        for (long other : askedAccounts(coverRequestId)) {
            if (other != pa.id()) {
                notices.tell(other, "The visit on " + cancelled.spoken() + " is covered now: thank you.",
                        link(coverRequestId));
            }
        }
        return oneOff;
    }

    /** The cover request of a visit, if there is one and the account is its DP holder. */
    public Optional<CoverRequest> forVisit(Account holder, long visitId) {
        return forVisit(visitId).filter(r -> r.dpHolderAccountId() == holder.id());
    }

    /** A cover request as an asked PA sees it; nothing for anyone not asked. */
    public Optional<CoverAsk> askedOf(Account pa, long coverRequestId) {
        if (!wasAsked(pa, coverRequestId)) {
            return Optional.empty();
        }
        CoverRequest request = em.find(CoverRequest.class, coverRequestId);
        return Optional.of(askOf(request));
    }

    /** Open cover requests sent to the PA, soonest visit first. */
    public List<CoverAsk> openAsksFor(Account pa) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT r.id FROM cover_request r"
                        + " JOIN cover_ask a ON a.cover_request_id = r.id"
                        + " WHERE a.pa_account_id = ? AND r.status = 'OPEN' ORDER BY r.id")
                .setParameter(1, pa.id())
                .getResultList();
        return ids.stream()
                .map(id -> askOf(em.find(CoverRequest.class, id.longValue())))
                .filter(ask -> ask.visit().startsAt().isAfter(clock.instant()))
                .toList();
    }

    /** How many PAs this DP holder has asked to cover the visit. */
    public int askedCount(long coverRequestId) {
        return askedAccounts(coverRequestId).size();
    }

    private CoverAsk askOf(CoverRequest request) {
        Visit visit = em.find(Visit.class, request.visitId());
        Agreement agreement = em.find(Agreement.class, visit.agreementId());
        return new CoverAsk(request, visit, gazetteer.byId(agreement.placeId()).map(Place::name).orElse(""));
    }

    private Optional<CoverRequest> forVisit(long visitId) {
        return em.createQuery("SELECT r FROM CoverRequest r WHERE r.visitId = :visit", CoverRequest.class)
                .setParameter("visit", visitId)
                .getResultStream().findFirst();
    }

    private boolean wasAsked(Account pa, long coverRequestId) {
        return askedAccounts(coverRequestId).contains(pa.id());
    }

    private List<Long> askedAccounts(long coverRequestId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT pa_account_id FROM cover_ask WHERE cover_request_id = ?")
                .setParameter(1, coverRequestId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    private Visit coverable(Account holder, long visitId) {
        if (holder.role() != Role.DP_HOLDER) {
            throw new SecurityException("Only the person the visit is for can look for cover");
        }
        Visit visit = em.find(Visit.class, visitId);
        if (visit == null || visit.dpHolderAccountId() != holder.id()) {
            throw new SecurityException("This visit is not one of yours");
        }
        if (!visit.needsCover()) {
            throw new ChangeRefused("Cover is offered when your PA cancels a visit at short notice.");
        }
        if (!clock.instant().isBefore(visit.startsAt())) {
            throw new ChangeRefused("This visit has started or is over, so it cannot be covered now.");
        }
        return visit;
    }

    /** A PA who wants to be employed is employed for the visit too; otherwise they work self-employed. */
    private static Arrangement arrangementFor(PaProfile profile) {
        return profile.employment() == EmploymentPreference.EMPLOYED ? Arrangement.EMPLOYED : Arrangement.SELF_EMPLOYED;
    }

    /** The part of the day a visit starts in, as PAs say when they usually work. */
    static AvailabilitySlot slotOf(Visit visit) {
        LocalTime start = visit.startsAt().atZone(Platform.UK).toLocalTime();
        DayOfWeek day = visit.startsAt().atZone(Platform.UK).getDayOfWeek();
        PartOfDay part;
        if (start.isBefore(LocalTime.of(8, 0)) || !start.isBefore(LocalTime.of(22, 0))) {
            part = PartOfDay.NIGHT;
        } else if (start.isBefore(LocalTime.NOON)) {
            part = PartOfDay.MORNING;
        } else if (start.isBefore(LocalTime.of(17, 0))) {
            part = PartOfDay.AFTERNOON;
        } else {
            part = PartOfDay.EVENING;
        }
        return new AvailabilitySlot(day, part);
    }

    public static String link(long coverRequestId) {
        return "/engage/cover.xhtml?id=" + coverRequestId;
    }
}

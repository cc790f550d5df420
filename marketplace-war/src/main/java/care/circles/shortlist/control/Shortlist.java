package care.circles.shortlist.control;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.place.control.Gazetteer;
import care.circles.platform.Platform;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.vetting.control.VettingRecords;
import care.circles.vetting.entity.VerifiedCheck;
import java.time.LocalDate;
import care.circles.place.entity.Place;
import care.circles.platform.InvalidInputException;
import care.circles.shortlist.entity.ComparisonChoice;
import care.circles.shortlist.entity.ShortlistEntry;
import care.circles.shortlist.entity.ShortlistedPa;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The PAs a person with a direct payment is considering: add, remove (with undo), list and compare. */
@ApplicationScoped
public class Shortlist {

    public static final int MOST = 30;
    static final String FULL = "Your shortlist is full: it holds up to " + MOST
            + " personal assistants. Remove someone before you add another.";
    static final String GONE = "That personal assistant is no longer on the register, so they cannot be on your shortlist.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    VettingRecords vetting;

    /** Only people with a direct payment (and their carers) choose PAs. */
    public boolean isKeptBy(Account person) {
        return person.role() == Role.DP_HOLDER;
    }

    @Transactional
    public void add(Account person, long paProfileId) {
        lockShortlistOf(person);
        if (profiles.published(paProfileId).isEmpty()) {
            throw new InvalidInputException("shortlist", GONE);
        }
        ShortlistEntry entry = entry(person, paProfileId).orElse(null);
        if (entry != null && !entry.isRemoved()) {
            return;
        }
        requireRoom(person);
        if (entry == null) {
            em.persist(new ShortlistEntry(person.id(), paProfileId, clock.instant()));
        } else {
            entry.addAgain(clock.instant());
        }
    }

    /** @return whether the PA was on the shortlist */
    @Transactional
    public boolean remove(Account person, long paProfileId) {
        lockShortlistOf(person);
        Optional<ShortlistEntry> entry = entry(person, paProfileId).filter(e -> !e.isRemoved());
        entry.ifPresent(e -> e.remove(clock.instant()));
        return entry.isPresent();
    }

    /** Puts a removed PA back where they were. */
    @Transactional
    public void undoRemove(Account person, long paProfileId) {
        lockShortlistOf(person);
        ShortlistEntry entry = entry(person, paProfileId).filter(ShortlistEntry::isRemoved).orElse(null);
        if (entry != null) {
            requireRoom(person);
            entry.restore();
        }
    }

    /** Oldest choice first, including PAs who have since left the register (so they can be removed). */
    public List<ShortlistedPa> entries(Account person) {
        requireKeptBy(person);
        List<ShortlistedPa> entries = new ArrayList<>();
        for (Object[] row : em.createNamedQuery(ShortlistEntry.KEPT_WITH_PROFILES, Object[].class)
                .setParameter("accountId", person.id())
                .getResultList()) {
            entries.add(shown((PaProfile) row[1]));
        }
        return entries;
    }

    public Set<Long> profileIds(Account person) {
        Set<Long> ids = new HashSet<>();
        entries(person).forEach(e -> ids.add(e.profileId()));
        return ids;
    }

    /** A PA this person removed from their shortlist and has not put back, for the "Undo" message. */
    public Optional<ShortlistedPa> removed(Account person, long paProfileId) {
        requireKeptBy(person);
        return entry(person, paProfileId)
                .filter(ShortlistEntry::isRemoved)
                .map(e -> em.find(PaProfile.class, e.paProfileId()))
                .map(this::shown);
    }

    /** The chosen PAs who are still on the register, in the order chosen. */
    public List<ShortlistedPa> compare(Account person, ComparisonChoice choice) {
        requireKeptBy(person);
        List<ShortlistedPa> compared = new ArrayList<>();
        for (long id : choice.profileIds()) {
            profiles.published(id).map(this::shown).ifPresent(compared::add);
        }
        return compared;
    }

    private ShortlistedPa shown(PaProfile profile) {
        boolean vetted = VerifiedCheck.allowPersonalCare(vetting.currentlyVerified(profile.accountId(),
                LocalDate.now(clock.withZone(Platform.UK))));
        return ShortlistedPa.of(profile, gazetteer.byId(profile.placeId()).map(Place::name).orElse(""),
                taxonomy.current(), vetted);
    }

    private void requireRoom(Account person) {
        long kept = em.createNamedQuery(ShortlistEntry.COUNT_KEPT, Long.class)
                .setParameter("accountId", person.id())
                .getSingleResult();
        if (kept >= MOST) {
            throw new InvalidInputException("shortlist", FULL);
        }
    }

    /** One change at a time to a person's shortlist, so a double click cannot add the same PA twice. */
    private void lockShortlistOf(Account person) {
        requireKeptBy(person);
        em.find(Account.class, person.id(), LockModeType.PESSIMISTIC_WRITE);
    }

    private void requireKeptBy(Account person) {
        if (!isKeptBy(person)) {
            throw new SecurityException("Only people with a direct payment have a shortlist of personal assistants");
        }
    }

    private Optional<ShortlistEntry> entry(Account person, long paProfileId) {
        return em.createNamedQuery(ShortlistEntry.ONE, ShortlistEntry.class)
                .setParameter("accountId", person.id())
                .setParameter("paProfileId", paProfileId)
                .getResultStream()
                .findFirst();
    }
}

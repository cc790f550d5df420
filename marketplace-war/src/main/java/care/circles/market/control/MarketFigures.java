package care.circles.market.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import care.circles.accreditation.control.Accreditations;
import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.market.entity.Localities;
import care.circles.market.entity.LocalityFigures;
import care.circles.market.entity.MarketMeasure;
import care.circles.market.entity.MarketPicture;
import care.circles.market.entity.Median;
import care.circles.market.entity.PartOfWeek;
import care.circles.pa.control.CouncilRates;
import care.circles.place.entity.Place;
import care.circles.vetting.control.VettingRecords;
import care.circles.vetting.entity.VerifiedCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Works out the market figures of every locality from the records as they stand: one query per
 * measure, each record placed in the locality of its gazetteer place. Read-only; the council
 * page, the CSV file and the nightly snapshot all use it.
 */
@ApplicationScoped
public class MarketFigures {

    /** An advert still open this long after it was published counts as hard to fill. */
    static final int STALE_ADVERT_DAYS = 28;
    /** Adverts close themselves 60 days after publication (see the advert component). */
    static final int ADVERT_OPEN_DAYS = 60;
    /** Fruitless searches are counted over this month and the months before it. */
    static final int SEARCH_MONTHS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    VettingRecords vetting;

    @Inject
    Accreditations accreditations;

    @Inject
    CouncilRates rates;

    /** The localities of the gazetteer as it is now (read each time: it is a few dozen rows). */
    public Localities localities() {
        List<Place> places = em.createQuery("SELECT p FROM Place p", Place.class).getResultList();
        List<?> ids = em.createNativeQuery("SELECT DISTINCT place_id FROM postcode_district").getResultList();
        Set<Long> towns = ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
        return new Localities(places, towns);
    }

    /** The figures for council staff; anyone else is refused. */
    public MarketPicture forCouncilUser(Account viewer, LocalDate today, Instant now) {
        if (viewer.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff see the market view");
        }
        return asOf(today, now);
    }

    public MarketPicture asOf(LocalDate today, Instant now) {
        Localities localities = localities();
        Tally tally = new Tally(localities);

        placed("SELECT place_id, COUNT(*) FROM direct_payment_holder GROUP BY place_id", MarketMeasure.DP_HOLDERS, tally);
        placed("SELECT place_id, COUNT(*) FROM isf WHERE status = 'ACTIVE' GROUP BY place_id", MarketMeasure.ISFS, tally);
        placed("SELECT place_id, SUM(capacity) FROM day_opportunity WHERE withdrawn_at IS NULL GROUP BY place_id",
                MarketMeasure.DAY_PLACES, tally);
        placed("SELECT place_id, COUNT(*) FROM job_advert WHERE status = 'PUBLISHED' AND published_at < ?1"
                        + " AND published_at >= ?2 GROUP BY place_id", MarketMeasure.STALE_ADVERTS, tally,
                utc(now.minus(STALE_ADVERT_DAYS, ChronoUnit.DAYS)), utc(now.minus(ADVERT_OPEN_DAYS, ChronoUnit.DAYS)));
        placed("SELECT place_id, SUM(searches) FROM market_search_miss WHERE month_start >= ?1 GROUP BY place_id",
                MarketMeasure.SEARCHES_NOTHING_NEARBY, tally, today.withDayOfMonth(1).minusMonths(SEARCH_MONTHS - 1));
        verifiedPas(today, tally);
        accreditedProviders(today, tally);

        List<LocalityFigures> rows = new ArrayList<>();
        for (Place town : localities.towns()) {
            rows.add(new LocalityFigures(town, localities.placesOf(town).size(), tally.of(town.id())));
        }
        LocalityFigures county = new LocalityFigures(null,
                localities.towns().stream().mapToInt(t -> localities.placesOf(t).size()).sum(), tally.of(0));
        return new MarketPicture(localities, rows, county, tally.unplaced(MarketMeasure.DP_HOLDERS), tally.unplaced(MarketMeasure.ISFS),
                rates.baseHourlyRate().pence());
    }

    private void placed(String sql, MarketMeasure measure, Tally tally, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == null) {
                tally.addUnplaced(measure, count);
            } else {
                tally.add(measure, Set.of(((Number) row[0]).longValue()), count);
            }
        }
    }

    /** Published PAs cleared for personal care (photo ID and enhanced DBS verified, in date). */
    private void verifiedPas(LocalDate today, Tally tally) {
        Map<Long, List<VerifiedCheck>> badges = vetting.currentlyVerifiedByPa(today);
        List<Object[]> profiles = em.createNativeQuery(
                "SELECT id, account_id, place_id, hourly_rate_pence FROM pa_profile WHERE status = 'PUBLISHED'").getResultList();
        Map<Long, Set<String>> slots = new HashMap<>();
        List<Object[]> slotRows = em.createNativeQuery("SELECT a.pa_profile_id, a.slot FROM pa_availability a"
                + " JOIN pa_profile p ON p.id = a.pa_profile_id WHERE p.status = 'PUBLISHED'").getResultList();
        for (Object[] row : slotRows) {
            slots.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>()).add((String) row[1]);
        }
        Map<Long, List<Long>> ratesByLocality = new HashMap<>();
        for (Object[] profile : profiles) {
            long accountId = ((Number) profile[1]).longValue();
            if (!VerifiedCheck.allowPersonalCare(badges.getOrDefault(accountId, List.of()))) {
                continue;
            }
            Set<Long> where = Set.of(((Number) profile[2]).longValue());
            tally.add(MarketMeasure.VERIFIED_PAS, where, 1);
            for (PartOfWeek part : PartOfWeek.covered(slots.getOrDefault(((Number) profile[0]).longValue(), Set.of()))) {
                tally.add(part.measure(), where, 1);
            }
            long rate = ((Number) profile[3]).longValue();
            tally.localitiesOf(where).forEach(key -> ratesByLocality.computeIfAbsent(key, k -> new ArrayList<>()).add(rate));
        }
        long base = rates.baseHourlyRate().pence();
        ratesByLocality.forEach((key, paRates) -> Median.of(paRates).ifPresent(median -> {
            tally.set(key, MarketMeasure.MEDIAN_PA_RATE, median);
            tally.set(key, MarketMeasure.RATE_ABOVE_BASE, median - base);
        }));
    }

    /** An organisation counts in its own town's locality and in each locality it says it serves. */
    private void accreditedProviders(LocalDate today, Tally tally) {
        Set<Long> accredited = accreditations.activeByProvider(today).keySet();
        if (accredited.isEmpty()) {
            return;
        }
        Map<Long, Set<Long>> places = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT id, place_id FROM provider UNION ALL"
                + " SELECT provider_id, place_id FROM provider_area").getResultList();
        for (Object[] row : rows) {
            long provider = ((Number) row[0]).longValue();
            if (accredited.contains(provider)) {
                places.computeIfAbsent(provider, id -> new HashSet<>()).add(((Number) row[1]).longValue());
            }
        }
        places.values().forEach(where -> tally.add(MarketMeasure.ACCREDITED_PROVIDERS, where, 1));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Sums per locality (key: the town's id) and for the whole county (key 0). A record with
     * several places counts once in each of their localities and once in the county.
     */
    static final class Tally {

        private final Localities localities;
        private final Map<Long, Map<MarketMeasure, Long>> sums = new HashMap<>();
        private final Map<MarketMeasure, Long> unplaced = new EnumMap<>(MarketMeasure.class);

        Tally(Localities localities) {
            this.localities = localities;
        }

        Set<Long> localitiesOf(Set<Long> placeIds) {
            Set<Long> keys = placeIds.stream().flatMap(id -> localities.townOf(id).stream()).map(Place::id)
                    .collect(Collectors.toCollection(HashSet::new));
            keys.add(0L);
            return keys;
        }

        void add(MarketMeasure measure, Set<Long> placeIds, long count) {
            localitiesOf(placeIds).forEach(key -> sums.computeIfAbsent(key, k -> new EnumMap<>(MarketMeasure.class))
                    .merge(measure, count, Long::sum));
        }

        void set(long key, MarketMeasure measure, long value) {
            sums.computeIfAbsent(key, k -> new EnumMap<>(MarketMeasure.class)).put(measure, value);
        }

        void addUnplaced(MarketMeasure measure, long count) {
            unplaced.merge(measure, count, Long::sum);
        }

        long unplaced(MarketMeasure measure) {
            return unplaced.getOrDefault(measure, 0L);
        }

        /** Every count measure, 0 when nothing was counted; medians only where there are PAs. */
        Map<MarketMeasure, Long> of(long key) {
            Map<MarketMeasure, Long> values = new EnumMap<>(MarketMeasure.class);
            Map<MarketMeasure, Long> counted = sums.getOrDefault(key, Map.of());
            for (MarketMeasure measure : MarketMeasure.values()) {
                if (measure.isMoney()) {
                    values.put(measure, counted.get(measure));
                } else {
                    values.put(measure, counted.getOrDefault(measure, 0L));
                }
            }
            return values;
        }
    }
}

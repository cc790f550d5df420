package care.circles.advert.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;

import care.circles.advert.entity.JobAdvert;
import care.circles.notification.control.Notifications;
import care.circles.place.control.Gazetteer;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Tells the PAs an advert suits when it is published: those with a published profile that
 * offers at least one of the support needs, working from within {@link #REACH_KM} of the
 * advert's town. (When PAs can give their availability, it will be matched here too.)
 *
 * <p>{@link AlertsAfterPublishing} starts it once the publishing has committed. One query finds
 * every candidate (published profiles joined with their places, cut to a box around the
 * town); the exact distance is then checked in memory and the notifications written in batches.
 */
@Stateless
public class MatchingPaAlerts {

    private static final Logger LOG = Logger.getLogger(MatchingPaAlerts.class.getName());
    public static final double REACH_KM = 25;
    private static final double KM_PER_DEGREE_OF_LATITUDE = 111.2;

    @PersistenceContext
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

    @Inject
    Notifications notifications;

    /**
     * Runs on a thread of its own, in a transaction of its own (an EJB asynchronous call, so it
     * shares no request context with the publishing that started it).
     */
    @Asynchronous
    public void alertMatchingPas(long advertId) {
        try {
            alert(advertId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not tell PAs about advert " + advertId, e);
        }
    }

    /** @return how many PAs were told */
    private int alert(long advertId) {
        JobAdvert advert = em.find(JobAdvert.class, advertId);
        Place place = advert == null ? null : gazetteer.byId(advert.placeId()).orElse(null);
        if (place == null || advert.skills().isEmpty()) {
            return 0;
        }
        List<Long> pas = matchingPas(advert, place.point());
        String message = "New job advert near you: \u201c" + advert.title() + "\u201d in " + place.name()
                + ", " + advert.pattern().hoursText() + ", starting " + advert.startDate().spoken() + ".";
        int told = notifications.sendToEach(pas, message, "/adverts/advert.xhtml?id=" + advertId);
        LOG.info(() -> "Advert " + advertId + ": told " + told + " matching PAs");
        return told;
    }

    private List<Long> matchingPas(JobAdvert advert, GeoPoint centre) {
        double latitudeSpan = REACH_KM / KM_PER_DEGREE_OF_LATITUDE;
        double longitudeSpan = REACH_KM / (KM_PER_DEGREE_OF_LATITUDE * Math.cos(Math.toRadians(centre.latitude())));
        List<Object[]> candidates = em.createQuery(
                        "SELECT DISTINCT p.accountId, pl.latitude, pl.longitude"
                                + " FROM PaProfile p JOIN p.skills s, Place pl"
                                + " WHERE pl.id = p.placeId"
                                + " AND p.status = care.circles.pa.entity.ProfileStatus.PUBLISHED"
                                + " AND s IN :skills"
                                + " AND pl.latitude BETWEEN :south AND :north"
                                + " AND pl.longitude BETWEEN :west AND :east", Object[].class)
                .setParameter("skills", advert.skills())
                .setParameter("south", degrees(centre.latitude() - latitudeSpan))
                .setParameter("north", degrees(centre.latitude() + latitudeSpan))
                .setParameter("west", degrees(centre.longitude() - longitudeSpan))
                .setParameter("east", degrees(centre.longitude() + longitudeSpan))
                .getResultList();
        List<Long> within = new ArrayList<>();
        for (Object[] row : candidates) {
            GeoPoint worksFrom = new GeoPoint(((BigDecimal) row[1]).doubleValue(), ((BigDecimal) row[2]).doubleValue());
            if (centre.kilometresTo(worksFrom) <= REACH_KM) {
                within.add(((Number) row[0]).longValue());
            }
        }
        return availableForSome(within, advert);
    }

    /**
     * Keeps PAs whose usual week shares at least one time with the advert, and PAs who have not
     * said when they work (they may well be free). Advert slots read MONDAY-MORNING, a PA's
     * MONDAY_MORNING: the same day and part of day.
     */
    private List<Long> availableForSome(List<Long> pas, JobAdvert advert) {
        if (pas.isEmpty()) {
            return pas;
        }
        Set<String> wanted = advert.pattern().codes().stream().map(code -> code.replace('-', '_')).collect(Collectors.toSet());
        Map<Long, Set<String>> weeks = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.accountId, a FROM PaProfile p JOIN p.availability a"
                        + " WHERE p.accountId IN :pas", Object[].class)
                .setParameter("pas", pas)
                .getResultList()) {
            weeks.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>()).add((String) row[1]);
        }
        return pas.stream()
                .filter(pa -> !weeks.containsKey(pa) || weeks.get(pa).stream().anyMatch(wanted::contains))
                .toList();
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
    }
}

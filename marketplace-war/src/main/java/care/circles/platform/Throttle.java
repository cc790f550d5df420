package care.circles.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Counts attempts against a limit in a sliding window (failed sign-ins per account and per
 * network address, concern reports per address). Hits live in the database so every server in
 * a cluster counts the same attempts, and each is hashed so the table holds no email addresses
 * or IP addresses. Each call commits on its own: a refused or failed attempt still counts.
 */
@ApplicationScoped
public class Throttle {

    /** Hits older than this are of no use to any limit and are cleared as new ones arrive. */
    private static final Duration KEPT_FOR = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether the subject has already used up the limit in the window. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isOver(String bucket, String subject, int limit, Duration window) {
        return hitsSince(bucket, hash(subject), clock.instant().minus(window)) >= limit;
    }

    /** Records one attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hit(String bucket, String subject) {
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO throttle_hit (bucket, subject, occurred_at) VALUES (?, ?, ?)")
                .setParameter(1, bucket)
                .setParameter(2, hash(subject))
                .setParameter(3, utc(now))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM throttle_hit WHERE occurred_at < ? LIMIT 100")
                .setParameter(1, utc(now.minus(KEPT_FOR)))
                .executeUpdate();
    }

    /**
     * Counts one attempt if the subject is still under the limit.
     *
     * @return false, counting nothing, when the limit is already used up
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(String bucket, String subject, int limit, Duration window) {
        if (isOver(bucket, subject, limit, window)) {
            return false;
        }
        hit(bucket, subject);
        return true;
    }

    private long hitsSince(String bucket, String subject, Instant since) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM throttle_hit WHERE bucket = ? AND subject = ? AND occurred_at >= ?")
                .setParameter(1, bucket)
                .setParameter(2, subject)
                .setParameter(3, utc(since))
                .getSingleResult()).longValue();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String hash(String subject) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}

package care.circles.market.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import care.circles.market.entity.LocalityFigures;
import care.circles.market.entity.MarketMeasure;
import care.circles.market.entity.MarketPicture;
import care.circles.market.entity.MonthFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The market's figures month by month. Each night's run overwrites the current month's row, so
 * what is kept for a month is how it stood at its last night.
 */
@ApplicationScoped
public class MarketSnapshots {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public int keep(MarketPicture picture, LocalDate today, Instant now) {
        LocalDate month = today.withDayOfMonth(1);
        List<LocalityFigures> all = new ArrayList<>(picture.localities());
        all.add(picture.county());
        int rows = 0;
        for (LocalityFigures locality : all) {
            for (MarketMeasure measure : MarketMeasure.values()) {
                rows += em.createNativeQuery("INSERT INTO market_snapshot (month_start, locality_place_id, measure, value,"
                                + " taken_at) VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE value = ?4, taken_at = ?5")
                        .setParameter(1, month)
                        .setParameter(2, locality.key())
                        .setParameter(3, measure.code())
                        .setParameter(4, locality.value(measure))
                        .setParameter(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate() > 0 ? 1 : 0;
            }
        }
        return rows;
    }

    /**
     * The last {@code months} months of one measure for a locality (0: the county), oldest
     * first, ending with this month as it stands now; a month never recorded has no figure.
     */
    public List<MonthFigure> trend(MarketMeasure measure, LocalityFigures now, LocalDate today, int months) {
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(months - 1L);
        List<Object[]> rows = em.createNativeQuery("SELECT month_start, value FROM market_snapshot"
                        + " WHERE locality_place_id = ?1 AND measure = ?2 AND month_start >= ?3")
                .setParameter(1, now.key())
                .setParameter(2, measure.code())
                .setParameter(3, first.atDay(1))
                .getResultList();
        Map<YearMonth, Long> kept = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate month = row[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[0];
            kept.put(YearMonth.from(month), row[1] == null ? null : ((Number) row[1]).longValue());
        }
        List<MonthFigure> trend = new ArrayList<>();
        for (YearMonth month = first; month.isBefore(current); month = month.plusMonths(1)) {
            trend.add(new MonthFigure(month, kept.get(month)));
        }
        trend.add(new MonthFigure(current, now.value(measure)));
        return trend;
    }
}

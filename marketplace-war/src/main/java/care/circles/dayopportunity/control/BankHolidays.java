package care.circles.dayopportunity.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Bank holidays in England and Wales, from the bank_holiday table (2026 and 2027 come with the
 * schema; the council adds later years there). Read once a day at most.
 */
@ApplicationScoped
public class BankHolidays {

    @PersistenceContext
    EntityManager em;

    private volatile Set<LocalDate> dates;
    private volatile LocalDate readOn;

    /** @param today the council's today: a new day reads the table again, so added rows count */
    public Set<LocalDate> asOf(LocalDate today) {
        if (dates == null || !today.equals(readOn)) {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("SELECT holiday_date FROM bank_holiday").getResultList();
            dates = Set.copyOf(rows.stream().map(BankHolidays::date).toList());
            readOn = today;
        }
        return dates;
    }

    private static LocalDate date(Object column) {
        return column instanceof LocalDate local ? local : ((Date) column).toLocalDate();
    }
}

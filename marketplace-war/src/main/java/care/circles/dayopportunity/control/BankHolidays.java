package care.circles.dayopportunity.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Bank holidays in England and Wales, from the bank_holiday table: 2026 and 2027 come with the
 * schema, and the council adds later years (or a one-off holiday) there. Read each time sessions
 * are made, so an added day counts from the next schedule made or extended.
 */
@ApplicationScoped
public class BankHolidays {

    @PersistenceContext
    EntityManager em;

    public Set<LocalDate> all() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT holiday_date FROM bank_holiday").getResultList();
        return Set.copyOf(rows.stream().map(BankHolidays::date).toList());
    }

    private static LocalDate date(Object column) {
        return column instanceof LocalDate local ? local : ((Date) column).toLocalDate();
    }
}

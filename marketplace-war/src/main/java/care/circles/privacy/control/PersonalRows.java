package care.circles.privacy.control;

import java.util.List;

import jakarta.persistence.EntityManager;

/** Reads rows about one person with plain SQL, for the data download. */
public final class PersonalRows {

    private PersonalRows() {
    }

    /** The rows of a query whose parameters (every "?") are all this one id: the person's account, or one of their records. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> of(EntityManager em, String sql, long id) {
        var query = em.createNativeQuery(sql);
        long parameters = sql.chars().filter(c -> c == '?').count();
        for (int i = 1; i <= parameters; i++) {
            query.setParameter(i, id);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> r instanceof Object[] columns ? columns : new Object[] {r}).toList();
    }
}

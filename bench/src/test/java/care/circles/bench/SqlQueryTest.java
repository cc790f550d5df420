package care.circles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SqlQueryTest {

    private static final Place DORCHESTER = new Place("Dorchester", 50.7154, -2.4367);
    private static final Map<String, Place> PLACES = Map.of("Dorchester", DORCHESTER);

    @Test
    void eachWordMustBeInTheNameOrTheAboutMeText() {
        SqlQuery sql = SqlQuery.firstPage(new PaQuery("Retired  Nurse", null, 15, "relevance", List.of(), List.of()), PLACES);
        assertTrue(sql.sql().contains("(p.display_name LIKE ? OR p.about_me LIKE ?) AND (p.display_name LIKE ?"));
        assertEquals(List.of("%retired%", "%retired%", "%nurse%", "%nurse%"), sql.parameters());
        assertTrue(sql.sql().endsWith("ORDER BY p.id LIMIT 20"));
    }

    @Test
    void townIsABoxJustBigEnoughForTheRadius() {
        Place.Box box = DORCHESTER.boxAround(10);
        assertEquals(10 / 111.32, box.north() - DORCHESTER.latitude(), 1e-9);
        double kmPerDegreeOfLongitude = 111.32 * Math.cos(Math.toRadians(DORCHESTER.latitude()));
        assertEquals(10.0, (box.east() - DORCHESTER.longitude()) * kmPerDegreeOfLongitude, 1e-9);

        SqlQuery sql = SqlQuery.firstPage(new PaQuery("", "Dorchester", 10, "distance", List.of(), List.of()), PLACES);
        assertTrue(sql.sql().contains("JOIN place pl ON pl.id = p.place_id"));
        assertTrue(sql.sql().contains("pl.latitude BETWEEN ? AND ? AND pl.longitude BETWEEN ? AND ?"));
        assertEquals(List.of(box.south(), box.north(), box.west(), box.east()), sql.parameters().subList(0, 4));
        assertTrue(sql.sql().contains("ORDER BY POWER(pl.latitude - ?, 2)"));
    }

    @Test
    void skillsAndTimesMustAllBeOffered() {
        SqlQuery sql = SqlQuery.count(new PaQuery("", "Dorchester", 5, "relevance", List.of("DEMENTIA"),
                List.of("MONDAY_MORNING")), PLACES);
        assertTrue(sql.sql().startsWith("SELECT COUNT(*)"));
        assertTrue(sql.sql().contains("s.skill = ?"));
        assertTrue(sql.sql().contains("a.slot = ?"));
        assertEquals(List.of("DEMENTIA", "MONDAY_MORNING"), sql.parameters().subList(4, 6));
    }

    @Test
    void onlyPublishedProfilesAreFound() {
        assertTrue(SqlQuery.count(new PaQuery("cooking", null, 5, "rate", List.of(), List.of()), PLACES).sql()
                .contains("p.status = 'PUBLISHED'"));
    }

    @Test
    void likeWildcardsTypedByAPersonAreMatchedLiterally() {
        assertEquals("100\\%\\_sure\\\\", SqlQuery.escapeLike("100%_sure\\"));
    }
}

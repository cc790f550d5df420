package care.circles.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The same search as plain SQL, the way it would be written without a search engine: each
 * word as {@code LIKE '%word%'} on the name or the "about me" text, the distance as a
 * latitude/longitude box around the town (joined through {@code pa_profile.place_id}), the
 * filters as {@code EXISTS} on the profile's skills and availability, the first page only.
 * No stemming, no typo tolerance, no relevance and no facet counts: that is the point of the
 * comparison.
 *
 * @param sql        with {@code ?} for every parameter
 * @param parameters in order
 */
public record SqlQuery(String sql, List<Object> parameters) {

    /** The first page of results, in the query's order. */
    public static SqlQuery firstPage(PaQuery query, Map<String, Place> places) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, places, parameters);
        String order = switch (query.sort()) {
            case "distance" -> {
                Place near = EsQuery.placeOf(query.town(), places);
                double lonScale = Math.cos(Math.toRadians(near.latitude()));
                parameters.add(near.latitude());
                parameters.add(near.longitude());
                parameters.add(lonScale);
                yield "POWER(pl.latitude - ?, 2) + POWER((pl.longitude - ?) * ?, 2), p.id";
            }
            case "rate" -> "p.hourly_rate_pence, p.id";
            default -> "p.id";
        };
        return new SqlQuery("SELECT p.id, p.display_name, pl.name, p.hourly_rate_pence"
                + " FROM pa_profile p JOIN place pl ON pl.id = p.place_id"
                + " WHERE " + where + " ORDER BY " + order + " LIMIT " + PaQuery.PAGE_SIZE, parameters);
    }

    /** How many match in all, as the API's total says. */
    public static SqlQuery count(PaQuery query, Map<String, Place> places) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, places, parameters);
        return new SqlQuery("SELECT COUNT(*) FROM pa_profile p JOIN place pl ON pl.id = p.place_id WHERE " + where,
                parameters);
    }

    private static String where(PaQuery query, Map<String, Place> places, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("p.status = 'PUBLISHED'");
        for (String word : query.words().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                conditions.add("(p.display_name LIKE ? OR p.about_me LIKE ?)");
                String pattern = "%" + escapeLike(word) + "%";
                parameters.add(pattern);
                parameters.add(pattern);
            }
        }
        if (query.hasTown()) {
            Place.Box box = EsQuery.placeOf(query.town(), places).boxAround(query.radiusKm());
            conditions.add("pl.latitude BETWEEN ? AND ? AND pl.longitude BETWEEN ? AND ?");
            parameters.add(box.south());
            parameters.add(box.north());
            parameters.add(box.west());
            parameters.add(box.east());
        }
        for (String skill : query.skills()) {
            conditions.add("EXISTS (SELECT 1 FROM pa_profile_skill s WHERE s.pa_profile_id = p.id AND s.skill = ?)");
            parameters.add(skill);
        }
        for (String slot : query.available()) {
            conditions.add("EXISTS (SELECT 1 FROM pa_availability a WHERE a.pa_profile_id = p.id AND a.slot = ?)");
            parameters.add(slot);
        }
        return String.join(" AND ", conditions);
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

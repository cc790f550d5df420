package care.circles.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One search of the PA register as a person would make it: words, a town and a distance,
 * filters and an order. Sent three ways (the API, the search page, Elasticsearch and SQL
 * directly), always with the same meaning.
 *
 * @param words    what was typed, or "" for none
 * @param town     a gazetteer town, or null for anywhere
 * @param radiusKm kilometres from the town (ignored without one)
 * @param sort     relevance, distance or rate
 * @param skills   kinds of support the PA must all offer, e.g. DEMENTIA
 * @param available times the PA must all be free, e.g. MONDAY_MORNING
 */
public record PaQuery(String words, String town, int radiusKm, String sort, List<String> skills,
                      List<String> available) {

    public static final int PAGE_SIZE = 20;

    public PaQuery {
        words = words == null ? "" : words.strip();
        skills = List.copyOf(skills);
        available = List.copyOf(available);
        if (town == null && "distance".equals(sort)) {
            throw new IllegalArgumentException("Sorting by distance needs a town");
        }
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }

    public boolean hasTown() {
        return town != null;
    }

    /** The query string of {@code GET /api/v1/pas}. */
    public String apiQueryString() {
        List<String> parameters = new ArrayList<>();
        if (hasWords()) {
            parameters.add("q=" + encode(words));
        }
        if (hasTown()) {
            parameters.add("near=" + encode(town));
            parameters.add("radiusKm=" + radiusKm);
        }
        if (!"relevance".equals(sort)) {
            parameters.add("sort=" + sort);
        }
        if (!skills.isEmpty()) {
            parameters.add("skills=" + String.join(",", skills));
        }
        if (!available.isEmpty()) {
            parameters.add("available=" + String.join(",", available));
        }
        return String.join("&", parameters);
    }

    /** The query string the search page's GET form sends: one parameter per ticked box. */
    public String pageQueryString() {
        List<String> parameters = new ArrayList<>();
        parameters.add("q=" + encode(words));
        parameters.add("near=" + encode(hasTown() ? town : ""));
        parameters.add("radiusKm=" + (hasTown() ? radiusKm : 15));
        parameters.add("sort=" + sort);
        skills.forEach(skill -> parameters.add("skills=" + skill));
        available.forEach(slot -> parameters.add("available=" + slot));
        return String.join("&", parameters);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

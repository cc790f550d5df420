package care.circles.pa.control;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.metrics.annotation.Timed;

import care.circles.pa.entity.EmploymentPreference;
import care.circles.pa.entity.Gender;
import care.circles.pa.entity.Language;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.pa.entity.PaSearchResults;
import care.circles.place.entity.Place;
import care.circles.platform.Platform;
import care.circles.search.control.SearchConnection;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.entity.SupportTypes;
import care.circles.vetting.entity.CheckType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Searches the PA register in Elasticsearch: words (stemmed, typo-tolerant), distance from a
 * place, filters, and counts for each filter value among the results.
 * <p>
 * The busiest search there is, so its body is written and its answer read as JSON directly
 * ({@link PaSearchQuery}, {@link PaSearchAnswer}) rather than through the typed client's
 * objects, which cost more CPU than the rest of the application's work per search.
 */
@ApplicationScoped
public class PaSearch {

    /** Facet name → the indexed field it counts (the facet's name too), and how its values read to people. */
    private static final Map<String, Function<String, String>> FIXED_FACETS = new LinkedHashMap<>();

    static {
        FIXED_FACETS.put("languages", code -> Language.valueOf(code).getLabel());
        FIXED_FACETS.put("gender", code -> Gender.valueOf(code).getLabel());
        FIXED_FACETS.put("employment", code -> EmploymentPreference.valueOf(code).getLabel());
        FIXED_FACETS.put("checks", code -> CheckType.valueOf(code).label());
    }

    @Inject
    SearchConnection connection;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    Clock clock;

    private Map<String, Function<String, String>> facets() {
        SupportTypes types = taxonomy.current();
        Map<String, Function<String, String>> facets = new LinkedHashMap<>();
        facets.put("skills", types::label);
        facets.putAll(FIXED_FACETS);
        return facets;
    }

    @Timed(name = "pa_search", description = "Time to answer one PA search from Elasticsearch")
    public PaSearchResults find(PaSearchCriteria criteria) throws SearchUnavailableException {
        Map<String, Function<String, String>> facets = facets();
        Place near = criteria.nearPlace().orElse(null);
        String today = LocalDate.now(clock.withZone(Platform.UK)).toString();
        try {
            return connection.cluster().search(PaListing.INDEX, PaSearchQuery.body(criteria, facets.keySet()),
                    PaSearchAnswer.FILTER_PATH, answer -> PaSearchAnswer.read(answer, near, today, facets));
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
    }
}

package care.circles.pa.control;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

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
import jakarta.annotation.PostConstruct;
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

    @Inject
    MetricRegistry metrics;

    /**
     * Found once, not through {@code @Timed}: the interceptor reads the annotation and looks the
     * timer up on every call, a cost the busiest search pays for nothing (bench/RESULTS.md).
     */
    private Timer timer;

    @PostConstruct
    void findTimer() {
        timer = metrics.timer(Metadata.builder()
                .withName(MetricRegistry.name(PaSearch.class, "pa_search"))
                .withDescription("Time to answer one PA search from Elasticsearch")
                // As @Timed declares it: published in seconds, under the same name as before.
                .withUnit(MetricUnits.NANOSECONDS)
                .build());
    }

    private Map<String, Function<String, String>> facets() {
        SupportTypes types = taxonomy.current();
        Map<String, Function<String, String>> facets = new LinkedHashMap<>();
        facets.put("skills", types::label);
        facets.putAll(FIXED_FACETS);
        return facets;
    }

    public PaSearchResults find(PaSearchCriteria criteria) throws SearchUnavailableException {
        Timer.Context timing = timer.time();
        try {
            return answer(criteria);
        } finally {
            timing.stop();
        }
    }

    private PaSearchResults answer(PaSearchCriteria criteria) throws SearchUnavailableException {
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

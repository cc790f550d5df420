package care.circles.search.analysis;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Elasticsearch plugin that adds back the English analysis pieces the integ-test distribution
 * lacks (it ships without the analysis-common module). Pure wiring: every component is a thin
 * wrapper around the Lucene class of the same purpose.
 *
 * <ul>
 *   <li>analyzer {@code english}: Lucene {@code EnglishAnalyzer} ({@code stopwords}, {@code stem_exclusion})</li>
 *   <li>token filter {@code porter_stem}: Lucene {@code PorterStemFilter}</li>
 *   <li>token filter {@code stemmer}: {@code language} = {@code english} (default) or {@code porter}</li>
 *   <li>token filter {@code asciifolding}: {@code preserve_original} (default false)</li>
 *   <li>token filter {@code edge_ngram}: {@code min_gram} (1), {@code max_gram} (2), {@code preserve_original} (false)</li>
 *   <li>token filter {@code synonym}: inline {@code synonyms} list (Solr format), {@code expand} (true)</li>
 * </ul>
 */
public class EnglishAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("english", EnglishAnalyzerProvider::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "porter_stem", PorterStemTokenFilterFactory::new,
                "stemmer", StemmerTokenFilterFactory::new,
                "asciifolding", AsciiFoldingTokenFilterFactory::new,
                "edge_ngram", EdgeNGramTokenFilterFactory::new,
                "synonym", AnalysisPlugin.requiresAnalysisSettings(SynonymTokenFilterFactory::new));
    }
}

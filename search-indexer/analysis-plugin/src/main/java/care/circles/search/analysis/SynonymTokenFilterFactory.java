package care.circles.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code synonym}: inline {@code synonyms} list only (Solr format, e.g. {@code "carer, caregiver"} or
 * {@code "pa => personal assistant"}). Unlike ES's own filter, the rules are parsed with a fixed
 * standard tokenizer + lowercase chain (not the chain of the analyzer that uses the filter), so put
 * this filter after {@code lowercase} and before any stemmer. Same Lucene filter as ES's {@code synonym}.
 */
public class SynonymTokenFilterFactory extends AbstractTokenFilterFactory {

    private final SynonymMap synonyms;

    public SynonymTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings)
            throws IOException {
        super(name, settings);
        if (settings.get("synonyms_path") != null || settings.get("synonyms_set") != null) {
            throw new IllegalArgumentException("synonym [" + name + "]: only the inline [synonyms] list is supported");
        }
        SolrSynonymParser parser = new SolrSynonymParser(true, settings.getAsBoolean("expand", true), new RuleAnalyzer());
        try {
            parser.parse(new StringReader(String.join("\n", settings.getAsList("synonyms"))));
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonym [" + name + "]: failed to parse synonyms: " + e.getMessage(), e);
        }
        synonyms = parser.build();
    }

    @Override
    @SuppressWarnings("deprecation") // SynonymFilter is what ES's "synonym" type uses too
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.fst == null ? tokenStream : new SynonymFilter(tokenStream, synonyms, false);
    }

    /** Tokenizes the synonym rules themselves. */
    private static final class RuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    }
}

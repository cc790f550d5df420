package care.circles.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code stemmer}: only the English (Porter) stemmer is available here, as in ES where
 * {@code language: english} maps to PorterStemFilter. Any other language is refused at index creation.
 */
public class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    public StemmerTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name, settings);
        String language = settings.get("language", settings.get("name", "english"));
        if (!"english".equals(language) && !"porter".equals(language)) {
            throw new IllegalArgumentException("stemmer [" + name + "]: language [" + language
                    + "] is not supported by the circles-english-analysis plugin (use english or porter)");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new PorterStemFilter(tokenStream);
    }
}

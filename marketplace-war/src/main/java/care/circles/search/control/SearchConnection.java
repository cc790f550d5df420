package care.circles.search.control;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.indexer.SearchCluster;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The one connection to Elasticsearch, addressed by {@code ES_URL} (one URL or a comma-separated list). */
@ApplicationScoped
public class SearchConnection {

    private static final Logger LOG = Logger.getLogger(SearchConnection.class.getName());

    @Inject
    @ConfigProperty(name = "es.url")
    String url;

    private SearchCluster cluster;

    @PostConstruct
    void connect() {
        cluster = SearchCluster.connect(url);
    }

    public SearchCluster cluster() {
        return cluster;
    }

    @PreDestroy
    void close() {
        try {
            cluster.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the Elasticsearch connection", e);
        }
    }
}

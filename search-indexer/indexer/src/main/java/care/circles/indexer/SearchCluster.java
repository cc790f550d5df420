package care.circles.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * A connection to an Elasticsearch cluster: one node or many, given as a comma-separated list
 * of URLs ({@code http://es1:9200,http://es2:9200}). Thread-safe; open one per application.
 */
public final class SearchCluster implements Closeable {

    private final RestClient restClient;
    private final ElasticsearchClient client;

    private SearchCluster(RestClient restClient) {
        this.restClient = restClient;
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    /**
     * @param urls one or more node URLs, comma-separated
     * @throws IllegalArgumentException naming the URL that cannot be read
     */
    public static SearchCluster connect(String urls) {
        if (urls == null || urls.isBlank()) {
            throw new IllegalArgumentException("Set ES_URL to the Elasticsearch address, like http://localhost:9200");
        }
        String[] parts = urls.split(",");
        HttpHost[] hosts = new HttpHost[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String url = parts[i].strip();
            if (!url.matches("https?://[^\\s/]+(:\\d+)?/?")) {
                throw new IllegalArgumentException("ES_URL has an address that is not http(s)://host:port: '" + url + "'");
            }
            hosts[i] = HttpHost.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        }
        RestClient rest = RestClient.builder(hosts)
                .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(30_000))
                // We send neither credentials nor cookies. Left on, the HTTP client deserialises its cached
                // auth scheme (Java serialisation, through the web app's class loader) and sets up cookie
                // handling on every request: a sixth of the application's CPU per search (bench/RESULTS.md).
                .setHttpClientConfigCallback(http -> http.disableAuthCaching().disableCookieManagement())
                .build();
        return new SearchCluster(rest);
    }

    public ElasticsearchClient client() {
        return client;
    }

    /**
     * The cluster's health colour ("green", "yellow" or "red"). The integ-test build of
     * Elasticsearch answers 405 on {@code GET /}, so this asks {@code _cluster/health}.
     *
     * @throws IOException when no node answers
     */
    public String healthStatus() throws IOException {
        Response response = restClient.performRequest(new Request("GET", "/_cluster/health"));
        try (InputStream body = response.getEntity().getContent()) {
            String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return new JacksonJsonpMapper().objectMapper().readTree(json).path("status").asText("unknown");
        }
    }

    @Override
    public void close() throws IOException {
        restClient.close();
    }
}

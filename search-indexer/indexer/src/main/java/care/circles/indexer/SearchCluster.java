package care.circles.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.http.HttpHost;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
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
     * A search whose JSON body the caller wrote, answered through {@code reader} as the answer
     * streams in. For the busiest searches: the typed {@link #client()} builds an object for every
     * part of the request and of the answer, which costs the application more CPU per search than
     * writing and reading the JSON directly.
     *
     * @param index      an index or alias
     * @param body       the {@code _search} body, UTF-8 JSON
     * @param filterPath Elasticsearch's {@code filter_path}: only these parts of the answer are sent
     * @throws IOException when no node answers, or a node answers with an error (its answer in the message)
     */
    public <T> T search(String index, byte[] body, String filterPath, AnswerReader<T> reader) throws IOException {
        Request request = new Request("POST", "/" + index + "/_search");
        request.addParameter("filter_path", filterPath);
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        Response response = restClient.performRequest(request);
        try (InputStream answer = response.getEntity().getContent()) {
            return reader.read(answer);
        }
    }

    /** Reads an answer from Elasticsearch. */
    @FunctionalInterface
    public interface AnswerReader<T> {
        T read(InputStream answer) throws IOException;
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

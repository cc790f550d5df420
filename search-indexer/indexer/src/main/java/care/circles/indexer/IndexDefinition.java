package care.circles.indexer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one searchable collection looks like: the alias that readers and writers use, and the
 * settings and mappings (Elasticsearch JSON) that each concrete index behind it is made with.
 * Indexes are named {@code <alias>-<timestamp>}, so a rebuild can fill a new one and swap.
 */
public record IndexDefinition(String alias, String settingsAndMappings) {

    public IndexDefinition {
        if (alias == null || !alias.matches("[a-z][a-z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("An index alias is lower-case letters, digits, '-' or '_': " + alias);
        }
    }

    /**
     * A short fingerprint of the settings and mappings. It is part of every index's name, so a
     * changed definition is noticed at start-up and the index rebuilt.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(settingsAndMappings.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the settings and mappings from a class-path resource such as {@code /search/pas.json}. */
    public static IndexDefinition fromResource(String alias, String resource) {
        try (InputStream in = IndexDefinition.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Index definition " + resource + " is missing from the class path");
            }
            return new IndexDefinition(alias, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

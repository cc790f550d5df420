package care.circles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReindexTest {

    @Test
    void readsTheServersOwnTimeFromTheProgressSummary() {
        assertEquals(42.0, Reindex.serverSeconds("Rebuilt: 100,001 profiles indexed in 42 seconds. Search now uses the new index."));
        assertEquals(1.0, Reindex.serverSeconds("Rebuilt: 3 profiles indexed in 1 second. Search now uses the new index."));
        assertEquals(0.0, Reindex.serverSeconds("Rebuilt: 3 profiles indexed in under a second. Search now uses the new index."));
        assertNull(Reindex.serverSeconds("Rebuilding: 5,000 of 100,001 profiles indexed (5%)."));
    }
}

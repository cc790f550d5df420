package care.circles.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    @Test
    void waitsTwiceAsLongAfterEachFailure() {
        assertEquals(Duration.ofSeconds(1), OutboxRelay.waitAfter(1));
        assertEquals(Duration.ofSeconds(2), OutboxRelay.waitAfter(2));
        assertEquals(Duration.ofSeconds(4), OutboxRelay.waitAfter(3));
        assertEquals(Duration.ofSeconds(256), OutboxRelay.waitAfter(9));
    }

    @Test
    void neverWaitsLongerThanFiveMinutes() {
        assertEquals(OutboxRelay.LONGEST_WAIT, OutboxRelay.waitAfter(10));
        assertEquals(OutboxRelay.LONGEST_WAIT, OutboxRelay.waitAfter(64));
    }

    @Test
    void refusesAnAliasElasticsearchWouldReject() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new IndexDefinition("PAs With Spaces", "{}"));
    }
}

package care.circles.messaging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NewMessageEmailTest {

    private static final Instant NOON = Instant.parse("2025-03-04T12:00:00Z");

    @Test
    void failedSendingIsRetriedWithAGrowingWaitThenGivenUp() {
        NewMessageEmail email = new NewMessageEmail(1, 2, NOON);
        List<Duration> waits = new ArrayList<>();
        Instant now = NOON;
        for (int attempt = 1; attempt < NewMessageEmail.MAX_ATTEMPTS; attempt++) {
            email.claim(now);
            Instant next = email.failed(now, "connection refused", Duration.ofSeconds(30));
            waits.add(Duration.between(now, next));
            now = next;
        }
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(8), Duration.ofMinutes(32)), waits);
        assertEquals(NewMessageEmail.Status.PENDING, email.status());

        email.claim(now);
        assertNull(email.failed(now, "connection refused", Duration.ofSeconds(30)), "the last attempt has no next one");
        assertEquals(NewMessageEmail.Status.FAILED, email.status());
    }

    @Test
    void aClaimKeepsOtherServersOffItWhileItIsSent() {
        NewMessageEmail email = new NewMessageEmail(1, 2, NOON);
        email.claim(NOON);
        assertEquals(1, email.attempts());
        assertTrue(email.nextAttemptAt().isAfter(NOON.plusSeconds(60)));
    }

    @Test
    void sentIsFinal() {
        NewMessageEmail email = new NewMessageEmail(1, 2, NOON);
        email.claim(NOON);
        email.sent(NOON.plusSeconds(1));
        assertEquals(NewMessageEmail.Status.SENT, email.status());
    }
}

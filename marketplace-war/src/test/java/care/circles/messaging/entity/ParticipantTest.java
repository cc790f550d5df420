package care.circles.messaging.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ParticipantTest {

    private static final Instant NOON = Instant.parse("2025-03-04T12:00:00Z");

    @Test
    void isEmailedAtMostOncePerConversationIn15Minutes() {
        Participant pa = new Participant(1, 2, NOON);
        assertTrue(pa.emailDue(NOON), "the first message sends an email");
        assertFalse(pa.emailDue(NOON.plusSeconds(1)));
        assertFalse(pa.emailDue(NOON.plus(Duration.ofMinutes(14)).plusSeconds(59)));
        assertTrue(pa.emailDue(NOON.plus(Duration.ofMinutes(15))), "after the quiet time the next message emails again");
        assertFalse(pa.emailDue(NOON.plus(Duration.ofMinutes(16))), "and the quiet time starts again from then");
    }
}

package care.circles.safeguarding.control;

/** Fired when a concern is stored, so the safeguarding mailbox is told once it commits. */
public record ConcernReceived(long concernId) {
}

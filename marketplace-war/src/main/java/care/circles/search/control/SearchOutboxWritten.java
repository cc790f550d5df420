package care.circles.search.control;

/** Fired when an outbox row is written; observed after commit to deliver it without waiting. */
public record SearchOutboxWritten() {
}

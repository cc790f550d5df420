package care.circles.messaging.control;

/** Fired when an email about a new message is queued; observed after commit to send it at once. */
public record NewMessageEmailQueued() {
}

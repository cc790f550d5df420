package care.circles.dayopportunity.entity;

public enum SessionStatus {
    SCHEDULED, CANCELLED
}

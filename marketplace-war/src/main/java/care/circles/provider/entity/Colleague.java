package care.circles.provider.entity;

/** A member of an organisation as its colleagues see them. */
public record Colleague(long accountId, String email, MemberRole role, String joinedOn) {
}

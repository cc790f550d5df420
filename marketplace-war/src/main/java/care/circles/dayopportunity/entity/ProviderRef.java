package care.circles.dayopportunity.entity;

/** The organisation behind a listing, as far as listings need it: who it is and who signs in for it. */
public record ProviderRef(long id, String name, Long ownerAccountId) {
}

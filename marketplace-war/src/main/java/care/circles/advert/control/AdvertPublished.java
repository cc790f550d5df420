package care.circles.advert.control;

/** Fired inside the transaction that publishes an advert; observed after it commits. */
public record AdvertPublished(long advertId) {
}

package care.circles.visit.entity;

/** A cover request as an asked PA sees it: the visit, where, and whether it is still open. */
public record CoverAsk(CoverRequest request, Visit visit, String town) {
}

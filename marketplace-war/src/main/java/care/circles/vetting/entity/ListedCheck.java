package care.circles.vetting.entity;

/** A check in one of the council's lists, with the email of the PA it belongs to. */
public record ListedCheck(VettingCheck check, String paEmail) {
}

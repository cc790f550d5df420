package care.circles.accreditation.entity;

/** An application or accreditation in one of the council's lists, with the organisation's name. */
public record QueuedApplication(Accreditation application, String organisationName) {
}

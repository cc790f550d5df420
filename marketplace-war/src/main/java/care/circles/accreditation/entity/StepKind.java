package care.circles.accreditation.entity;

/** A step in an application's history, as both sides read it. */
public enum StepKind {
    STARTED("Application started"),
    SUBMITTED("Sent to the council"),
    INFO_REQUESTED("The council asked for more information"),
    RESUBMITTED("Sent again with the information asked for"),
    ACCREDITED("Accredited"),
    ACCREDITED_WITH_CONDITIONS("Accredited with conditions"),
    REFUSED("Refused"),
    SUSPENDED("Suspended"),
    REINSTATED("Suspension lifted"),
    WITHDRAWN("Withdrawn"),
    LAPSED("Lapsed: it reached its expiry date"),
    RENEWED("Replaced by its renewal"),
    CANCELLED("Cancelled by the organisation"),
    PROVIDER_RESPONSE("Response from the organisation");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

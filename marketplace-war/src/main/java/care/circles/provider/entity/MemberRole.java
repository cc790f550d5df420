package care.circles.provider.entity;

/** What a colleague may do for their organisation. */
public enum MemberRole {
    OWNER("Owner", "Can change the organisation's details and invite or remove colleagues"),
    STAFF("Staff", "Can work on accreditation applications and ISFs");

    private final String label;
    private final String hint;

    MemberRole(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}

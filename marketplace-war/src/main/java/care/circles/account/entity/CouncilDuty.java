package care.circles.account.entity;

/**
 * What a council user may do beyond the pages every colleague sees. Each duty is also a
 * security group (see {@link #group()}), so page folders can be restricted in web.xml; the
 * controls check the database as well, so a revoked duty stops working at once.
 */
public enum CouncilDuty {
    ADMIN("Council admin", "Opens council accounts, gives and takes away duties, and reads the audit log", "COUNCIL_ADMIN"),
    SAFEGUARDING("Safeguarding", "Reads safeguarding concerns and records what is done about them", "SAFEGUARDING");

    private final String label;
    private final String description;
    private final String group;

    CouncilDuty(String label, String description, String group) {
        this.label = label;
        this.description = description;
        this.group = group;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The security role name that pages are restricted to. */
    public String group() {
        return group;
    }
}

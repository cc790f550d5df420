package care.circles.account.entity;

/** What a signed-in person may do. The names are the security roles checked on the server. */
public enum Role {
    DP_HOLDER("A person with a direct payment, or their carer", true),
    PA("A personal assistant", true),
    PROVIDER("A care provider", true),
    BROKER("An ISF broker", false),
    COUNCIL("Council staff", false);

    private final String description;
    private final boolean selfRegistration;

    Role(String description, boolean selfRegistration) {
        this.description = description;
        this.selfRegistration = selfRegistration;
    }

    public String description() {
        return description;
    }

    /** Brokers are accredited and council staff are trusted: neither may simply sign up. */
    public boolean allowsSelfRegistration() {
        return selfRegistration;
    }
}

package care.circles.provider.entity;

/** What kind of organisation it is, as the council counts them. */
public enum OrganisationType {
    MICRO_PROVIDER("Micro-provider", "A small local enterprise with 8 or fewer full-time equivalent workers"),
    LARGER_PROVIDER("Larger provider", "A care or support provider with more than 8 full-time equivalent workers"),
    COMMUNITY_GROUP("Community group", "A charity, club or voluntary group");

    /** The most full-time equivalent workers a micro-provider can have. */
    public static final int MICRO_PROVIDER_MAX_FTE = 8;

    private final String label;
    private final String hint;

    OrganisationType(String label, String hint) {
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

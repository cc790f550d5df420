package care.circles.pa.entity;

public enum ProfileStatus {
    /** Saved but never shown in search. */
    DRAFT("Draft: not shown in search"),
    /** Shown in search. */
    PUBLISHED("Published: people can find you in search"),
    /** Was published, now hidden from search by the PA. */
    UNPUBLISHED("Unpublished: hidden from search");

    private final String description;

    ProfileStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

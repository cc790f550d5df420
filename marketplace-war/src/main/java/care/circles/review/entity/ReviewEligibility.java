package care.circles.review.entity;

/** Whether someone may review a PA, and if not, why in words they can act on. */
public enum ReviewEligibility {
    MAY_REVIEW("You can review this PA because they have worked for you and you have approved a timesheet."),
    NOT_A_DP_HOLDER("Only people who use direct payments and have had support from this PA can review them."),
    NO_APPROVED_TIMESHEET("You can review a PA once they have worked for you and you have approved a timesheet."
            + " You have no approved timesheet from this PA yet."),
    ALREADY_REVIEWED("You have already reviewed this PA. Each person can write one review of each PA.");

    private final String explanation;

    ReviewEligibility(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }

    public boolean allowed() {
        return this == MAY_REVIEW;
    }
}

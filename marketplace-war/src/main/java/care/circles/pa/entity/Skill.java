package care.circles.pa.entity;

/** The kinds of support a PA can offer. Codes are stored; labels are what people read. */
public enum Skill {
    PERSONAL_CARE("Personal care"),
    MEDICATION_SUPPORT("Medication support"),
    MEALS("Meals and cooking"),
    COMPANIONSHIP("Companionship"),
    OUT_AND_ABOUT("Getting out and about"),
    DEMENTIA("Dementia"),
    LEARNING_DISABILITY("Learning disability"),
    AUTISM("Autism"),
    MENTAL_HEALTH("Mental health"),
    PHYSICAL_DISABILITY("Physical disability"),
    SENSORY_IMPAIRMENT("Sensory impairment"),
    MOVING_AND_HANDLING("Moving and handling"),
    DRIVING("Driving"),
    HOUSEHOLD_TASKS("Household tasks");

    private final String label;

    Skill(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}

package care.circles.seeds;

/**
 * What a PA offers. The names are stored as they are in {@code pa_profile_skill.skill} and
 * must stay the same as the web app's fixed list.
 */
public enum PaSkill {
    PERSONAL_CARE,
    MEDICATION_SUPPORT,
    MEALS,
    COMPANIONSHIP,
    OUT_AND_ABOUT,
    DEMENTIA,
    LEARNING_DISABILITY,
    AUTISM,
    MENTAL_HEALTH,
    PHYSICAL_DISABILITY,
    SENSORY_IMPAIRMENT,
    MOVING_AND_HANDLING,
    DRIVING,
    HOUSEHOLD_TASKS
}

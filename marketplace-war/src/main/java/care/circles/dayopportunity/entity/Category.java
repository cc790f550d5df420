package care.circles.dayopportunity.entity;

/** What kind of day opportunity it is, as people look for one. */
public enum Category {
    DAY_SERVICES("Day centres and day services"),
    CARERS_BREAKS("Short breaks for carers"),
    INFORMATION_AND_ADVICE("Information and advice"),
    ARTS_AND_CRAFTS("Arts and crafts"),
    MUSIC_DRAMA_AND_DANCE("Music, drama and dance"),
    SPORT_AND_EXERCISE("Sport and exercise"),
    OUTDOORS_AND_GARDENING("Outdoors and gardening"),
    FOOD_AND_COOKING("Food and cooking"),
    LEARNING_AND_SKILLS("Learning and skills"),
    WORK_AND_VOLUNTEERING("Work and volunteering"),
    CLUBS_AND_SOCIAL("Clubs and meeting people");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

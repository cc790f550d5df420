package care.circles.provider.entity;

/**
 * What an organisation mainly does. The codes are those of the {@code provider.kind} column,
 * which day opportunities read too; MICRO_PROVIDER there has always meant care and support at home.
 */
public enum MainWork {
    MICRO_PROVIDER("Care and support at home"),
    DAY_OPPORTUNITIES("Day opportunities: day centres, clubs and activities"),
    ISF_BROKER("Individual service funds and support planning");

    private final String label;

    MainWork(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

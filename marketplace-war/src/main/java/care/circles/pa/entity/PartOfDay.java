package care.circles.pa.entity;

public enum PartOfDay {
    MORNING("Morning", "8am to 12 noon"),
    AFTERNOON("Afternoon", "12 noon to 5pm"),
    EVENING("Evening", "5pm to 10pm"),
    NIGHT("Night", "10pm to 8am");

    private final String label;
    private final String hours;

    PartOfDay(String label, String hours) {
        this.label = label;
        this.hours = hours;
    }

    public String getLabel() {
        return label;
    }

    public String getHours() {
        return hours;
    }
}

package care.circles.booking.entity;

/** What the provider's register says about one booked place. */
public enum Attendance {
    ATTENDED("Came"),
    ABSENT("Did not come");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

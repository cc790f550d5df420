package care.circles.booking.entity;

public enum BookingStatus {
    CONFIRMED("Booked"),
    CANCELLED_BY_PERSON("Cancelled by you"),
    CANCELLED_BY_PROVIDER("Cancelled by the provider");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

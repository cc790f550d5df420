package care.circles.bench;

/** A gazetteer town with the coordinates the application reads from the {@code place} table. */
public record Place(String name, double latitude, double longitude) {

    private static final double KM_PER_DEGREE = 111.32;

    /** The smallest latitude/longitude box that holds every point within {@code km} of the town. */
    public Box boxAround(int km) {
        double dLat = km / KM_PER_DEGREE;
        double dLon = km / (KM_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return new Box(latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
    }

    public record Box(double south, double north, double west, double east) {
    }
}

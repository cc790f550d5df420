package care.circles.market.entity;

import java.util.Collection;

import care.circles.place.entity.GeoPoint;

/**
 * Puts points of a small area (a county) on a flat picture: longitude scaled by the cosine of
 * the middle latitude, so distances look right east-west as well as north-south, north up, and
 * the area fitted to the width with a margin all round.
 */
public final class MapProjection {

    private final double minLon;
    private final double maxLat;
    private final double scale;
    private final double lonFactor;
    private final double margin;
    private final double width;
    private final double height;

    public MapProjection(Collection<GeoPoint> area, double width, double margin) {
        if (area.isEmpty()) {
            throw new IllegalArgumentException("A map needs at least one point to frame");
        }
        double minLat = area.stream().mapToDouble(GeoPoint::latitude).min().orElseThrow();
        double maxLatitude = area.stream().mapToDouble(GeoPoint::latitude).max().orElseThrow();
        double minLongitude = area.stream().mapToDouble(GeoPoint::longitude).min().orElseThrow();
        double maxLon = area.stream().mapToDouble(GeoPoint::longitude).max().orElseThrow();
        this.lonFactor = Math.cos(Math.toRadians((minLat + maxLatitude) / 2));
        double spanX = Math.max((maxLon - minLongitude) * lonFactor, 1e-6);
        double spanY = Math.max(maxLatitude - minLat, 1e-6);
        this.minLon = minLongitude;
        this.maxLat = maxLatitude;
        this.margin = margin;
        this.width = width;
        this.scale = (width - 2 * margin) / spanX;
        this.height = spanY * scale + 2 * margin;
    }

    public double x(GeoPoint point) {
        return margin + (point.longitude() - minLon) * lonFactor * scale;
    }

    public double y(GeoPoint point) {
        return margin + (maxLat - point.latitude()) * scale;
    }

    public double width() {
        return width;
    }

    /** Follows from the width and the area's shape. */
    public double height() {
        return height;
    }
}

package care.circles.market.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import care.circles.place.entity.GeoPoint;

/**
 * The council area's outline for the market map, from {@code /market/area-outline.csv}
 * ("latitude,longitude" a line, lines starting with # are notes). A council without the file
 * gets a map of its towns without an outline.
 */
public final class AreaOutline {

    static final String RESOURCE = "/market/area-outline.csv";
    private static final List<GeoPoint> OUTLINE = read();

    private AreaOutline() {
    }

    public static List<GeoPoint> points() {
        return OUTLINE;
    }

    private static List<GeoPoint> read() {
        InputStream file = AreaOutline.class.getResourceAsStream(RESOURCE);
        if (file == null) {
            return List.of();
        }
        List<GeoPoint> points = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",");
                points.add(new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(points);
    }
}

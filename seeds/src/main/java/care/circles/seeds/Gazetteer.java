package care.circles.seeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The council's towns and villages, read from a CSV with the header
 * {@code name,latitude,longitude,postcode_districts} (districts separated by spaces, WGS84
 * decimal degrees). A council ships its own file; Dorset's is {@link #DORSET_RESOURCE}.
 * Refuses a file in which a name or a postcode district appears twice, because the database
 * keys places by name and districts by code.
 */
public final class Gazetteer {

    public static final String DORSET_RESOURCE = "/gazetteer/dorset-places.csv";
    private static final String HEADER = "name,latitude,longitude,postcode_districts";

    private final List<Place> places;

    private Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
    }

    public static Gazetteer dorset() {
        InputStream csv = Gazetteer.class.getResourceAsStream(DORSET_RESOURCE);
        if (csv == null) {
            throw new IllegalStateException(DORSET_RESOURCE + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            return read(reader, DORSET_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param source named in error messages, so a person can find the line to fix */
    public static Gazetteer read(Reader csv, String source) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        String header = lines.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IllegalArgumentException(source + " must start with the header line " + HEADER);
        }
        List<Place> places = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<PostcodeDistrict> districts = new HashSet<>();
        int lineNumber = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String where = source + " line " + lineNumber;
            Place place = parse(line, where);
            if (!names.add(place.name())) {
                throw new IllegalArgumentException(where + ": " + place.name() + " is already listed");
            }
            for (PostcodeDistrict district : place.postcodeDistricts()) {
                if (!districts.add(district)) {
                    throw new IllegalArgumentException(where + ": " + district
                            + " already belongs to another place; give each district to one place only");
                }
            }
            places.add(place);
        }
        return new Gazetteer(places);
    }

    private static Place parse(String line, String where) {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException(where + ": expected 4 comma-separated fields, found " + fields.length);
        }
        try {
            List<PostcodeDistrict> districts = Arrays.stream(fields[3].trim().split("\\s+"))
                    .filter(code -> !code.isEmpty())
                    .map(PostcodeDistrict::of)
                    .toList();
            return new Place(fields[0].strip(), Double.parseDouble(fields[1].strip()),
                    Double.parseDouble(fields[2].strip()), districts);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** In file order, which is the order the loader and the demo generator use. */
    public List<Place> places() {
        return places;
    }

    public Optional<Place> place(String name) {
        return places.stream().filter(place -> place.name().equals(name)).findFirst();
    }
}

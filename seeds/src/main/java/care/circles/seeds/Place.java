package care.circles.seeds;

import java.util.List;

/** A town or village of the gazetteer, with the postcode districts that point at it. */
public record Place(String name, double latitude, double longitude, List<PostcodeDistrict> postcodeDistricts) {

    public Place {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("A place needs a name of 1 to 80 characters, got '" + name + "'");
        }
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException(name + " has impossible coordinates " + latitude + ", " + longitude);
        }
        postcodeDistricts = List.copyOf(postcodeDistricts);
    }
}

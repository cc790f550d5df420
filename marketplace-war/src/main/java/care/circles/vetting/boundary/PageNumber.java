package care.circles.vetting.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Page numbers from links: anything that is not a sensible number means the first page. */
final class PageNumber {

    private static final int LAST_SENSIBLE = 100_000;

    private PageNumber() {
    }

    static int of(String typed) {
        try {
            int number = Integer.parseInt(typed == null ? "" : typed.strip());
            return number < 1 || number > LAST_SENSIBLE ? 1 : number;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** "?page=2&type=ENHANCED_DBS": a link to another page of the same list. */
    static String link(int number, String name, String value) {
        String link = "?page=" + number;
        return value == null ? link : link + "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package care.circles.vetting.boundary;

import care.circles.platform.PageLink;

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
        return PageLink.to(number).with(name, value).toString();
    }
}

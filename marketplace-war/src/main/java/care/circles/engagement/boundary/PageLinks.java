package care.circles.engagement.boundary;

/** Links to the pages of one list on a page with several, each paged by its own parameter. */
public record PageLinks(String parameter) {

    public String pageLink(int number) {
        return "?" + parameter + "=" + number;
    }
}

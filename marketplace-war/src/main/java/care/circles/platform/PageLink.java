package care.circles.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A link to one page of a list or a search, keeping what the person chose: "?page=2&q=cook&skills=MEALS".
 * Every value is URL-encoded; empty values are left out, so links stay short and tidy.
 */
public final class PageLink {

    private final StringBuilder link;

    private PageLink(int page) {
        link = new StringBuilder("?page=").append(page);
    }

    public static PageLink to(int page) {
        return new PageLink(page);
    }

    public PageLink with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    /** A parameter that may be given several times, like ticked checkboxes. */
    public PageLink withEach(String name, Collection<?> values) {
        values.forEach(value -> with(name, value));
        return this;
    }

    /** Every parameter chosen, in the map's order. */
    public PageLink withAll(Map<String, ? extends List<String>> chosen) {
        chosen.forEach(this::withEach);
        return this;
    }

    @Override
    public String toString() {
        return link.toString();
    }
}

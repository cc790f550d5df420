package care.circles.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Faces form read from a page, posted back as a browser would: the form's own id, the fields
 * given, the button pressed (by its generated name) and the page's view state token, without
 * which the server refuses the post.
 */
public final class FacesForm {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String formId;
    private final String buttonName;
    private final String buttonValue;
    private final String viewState;

    private FacesForm(String formId, String buttonName, String buttonValue, String viewState) {
        this.formId = formId;
        this.buttonName = buttonName;
        this.buttonValue = buttonValue;
        this.viewState = viewState;
    }

    /** @throws IllegalStateException when the page has no such button or no view state */
    public static FacesForm read(String html, String formId, String buttonLabel) {
        Matcher button = Pattern.compile("name=\"([^\"]+)\" value=\"" + Pattern.quote(buttonLabel) + "\"").matcher(html);
        if (!button.find()) {
            throw new IllegalStateException("The page has no button '" + buttonLabel + "'");
        }
        Matcher state = VIEW_STATE.matcher(html);
        if (!state.find()) {
            throw new IllegalStateException("The page has no view state: is it a Faces form?");
        }
        return new FacesForm(formId, unescape(button.group(1)), buttonLabel, unescape(state.group(1)));
    }

    /** The urlencoded body of the post, with the given fields. */
    public String body(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put(buttonName, buttonValue);
        all.put("jakarta.faces.ViewState", viewState);
        StringBuilder body = new StringBuilder();
        all.forEach((name, value) -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(encode(name)).append('=').append(encode(value));
        });
        return body.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Attribute values come HTML-escaped; view state tokens may hold ':' written as entities. */
    private static String unescape(String attribute) {
        return attribute.replace("&#58;", ":").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}

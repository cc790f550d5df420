package care.circles.market.entity;

/** Text made safe to put inside SVG markup, as element content or an attribute value. */
final class SvgText {

    private SvgText() {
    }

    static String escape(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> safe.append("&amp;");
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '"' -> safe.append("&quot;");
                case '\'' -> safe.append("&#39;");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    /** A coordinate with one decimal, enough on a screen and short in the page. */
    static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}

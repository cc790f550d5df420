package care.circles.files.entity;

import java.text.Normalizer;

/**
 * The name a file had on the sender's computer, made safe to show and to offer back in a
 * download: no folders, no control or quoting characters, not too long, and ending as its
 * real kind does (a PDF sent as "photo.png" comes back as "photo.png.pdf").
 */
public record OriginalName(String value) {

    public static final int MAX_LENGTH = 160;
    static final String FALLBACK = "evidence";

    public OriginalName {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A stored file name must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    public static OriginalName of(String submitted, FileKind kind) {
        String name = submitted == null ? "" : submitted;
        // Browsers on some systems send the whole path ("C:\Users\...\scan.pdf").
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && "\"'<>:*?|;%`$".indexOf(c) < 0
                        && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        name = kept.toString().replaceAll("\\s+", " ").strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        String base = name;
        String ending = kind.usualExtension();
        if (kind.isUsualEnding(name)) {
            base = name.substring(0, name.lastIndexOf('.'));
            ending = name.substring(name.lastIndexOf('.'));
        }
        int room = MAX_LENGTH - ending.length();
        if (base.length() > room) {
            int cut = Character.isLowSurrogate(base.charAt(room)) ? room - 1 : room;
            base = base.substring(0, cut);
        }
        base = base.strip();
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        return new OriginalName(base + ending);
    }

    /** The name with anything outside printable ASCII replaced, for the plain {@code filename=} parameter. */
    public String ascii() {
        return value.replaceAll("[^\\x20-\\x7E]", "_");
    }
}

package care.circles.pa.entity;

/** Languages a PA can support someone in, including signed and symbol-supported communication. */
public enum Language {
    ENGLISH("English"),
    BRITISH_SIGN_LANGUAGE("British Sign Language (BSL)"),
    MAKATON("Makaton"),
    WELSH("Welsh"),
    ARABIC("Arabic"),
    BENGALI("Bengali"),
    BULGARIAN("Bulgarian"),
    CANTONESE("Cantonese"),
    FRENCH("French"),
    GERMAN("German"),
    GUJARATI("Gujarati"),
    ITALIAN("Italian"),
    LITHUANIAN("Lithuanian"),
    MANDARIN("Mandarin"),
    POLISH("Polish"),
    PORTUGUESE("Portuguese"),
    PUNJABI("Punjabi"),
    ROMANIAN("Romanian"),
    SPANISH("Spanish"),
    TAGALOG("Tagalog"),
    TURKISH("Turkish"),
    URDU("Urdu");

    private final String label;

    Language(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}

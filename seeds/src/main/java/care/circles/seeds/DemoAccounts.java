package care.circles.seeds;

import java.util.List;

/**
 * The sign-ins a demonstrator uses, one for each role. Every account the loader creates,
 * including the thousands of generated PAs, signs in with {@link #PASSWORD}.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "Demo-password-1";

    public static final String DP_HOLDER = "dp@demo.circles.test";
    /** Has a published profile on the PA register. */
    public static final String PERSONAL_ASSISTANT = "pa@demo.circles.test";
    /** Owns a day-opportunities provider with a hub and spoke activities. */
    public static final String PROVIDER = "provider@demo.circles.test";
    /** Owns an ISF broker. */
    public static final String BROKER = "broker@demo.circles.test";
    public static final String COUNCIL = "council@demo.circles.test";

    public static final List<String> ALL = List.of(DP_HOLDER, PERSONAL_ASSISTANT, PROVIDER, BROKER, COUNCIL);

    /** Generated accounts live under this domain too, so none can reach a real mailbox. */
    static final String DOMAIN = "@demo.circles.test";

    private DemoAccounts() {
    }
}

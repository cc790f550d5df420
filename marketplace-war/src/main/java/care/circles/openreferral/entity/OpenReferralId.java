package care.circles.openreferral.entity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Open Referral UK wants every record named by a UUID. Records with a number (services,
 * organisations, schedules) get a UUID that carries the kind and the number, so an id given
 * back to us finds its record without a lookup table; records named by a code (taxonomy terms)
 * get a name-based UUID.
 */
public enum OpenReferralId {
    SERVICE(0x8001),
    ORGANIZATION(0x8002),
    LOCATION(0x8003),
    SERVICE_AT_LOCATION(0x8004),
    SCHEDULE(0x8005),
    COST_OPTION(0x8006),
    FUNDING(0x8007),
    ATTRIBUTE(0x8008),
    SERVICE_AREA(0x8009),
    IDENTIFIER(0x800a);

    private static final String PREFIX = "c1c1e500-0000-4000-";

    private final int kind;

    OpenReferralId(int kind) {
        this.kind = kind;
    }

    public String of(long number) {
        return PREFIX + String.format("%04x-%012x", kind, number);
    }

    /** The number inside an id of this kind, or empty when the text is not one. */
    public Optional<Long> numberIn(String id) {
        String expected = PREFIX + String.format("%04x-", kind);
        if (id == null || id.length() != 36 || !id.toLowerCase().startsWith(expected)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id.substring(expected.length()), 16));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A stable UUID for a record named by text, like a taxonomy or a term's code. */
    public static String named(String name) {
        return UUID.nameUUIDFromBytes(("circles:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

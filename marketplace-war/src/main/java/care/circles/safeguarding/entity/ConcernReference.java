package care.circles.safeguarding.entity;

import java.security.SecureRandom;

/**
 * The reference a reporter keeps, like SG-7KQ4-M9PX: random (it says nothing about how many
 * concerns there are, and cannot be guessed), without letters people mix up (I, L, O, U, 0, 1).
 */
public final class ConcernReference {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConcernReference() {
    }

    public static String next() {
        StringBuilder reference = new StringBuilder("SG-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}

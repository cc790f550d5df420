package care.circles.files.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file we accept, told apart by their first bytes. A file's name and the type a
 * browser claims are both chosen by the sender, so neither decides what a file is.
 */
public enum FileKind {
    PDF("application/pdf", "PDF", List.of(".pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "JPEG image", List.of(".jpg", ".jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "PNG image", List.of(".png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** Enough leading bytes to tell every kind apart. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String contentType;
    private final String label;
    private final List<String> extensions;
    private final byte[] signature;

    FileKind(String contentType, String label, List<String> extensions, byte[] signature) {
        this.contentType = contentType;
        this.label = label;
        this.extensions = extensions;
        this.signature = signature;
    }

    /** The kind whose signature the file starts with, if any. */
    public static Optional<FileKind> detect(byte[] head) {
        return Arrays.stream(values()).filter(kind -> kind.matches(head)).findFirst();
    }

    public static Optional<FileKind> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(kind -> kind.contentType.equals(contentType)).findFirst();
    }

    private boolean matches(byte[] head) {
        if (head == null || head.length < signature.length) {
            return false;
        }
        return Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }

    /** Whether a file name already ends as files of this kind do, so it opens in the right program. */
    public boolean isUsualEnding(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }

    public String usualExtension() {
        return extensions.get(0);
    }
}

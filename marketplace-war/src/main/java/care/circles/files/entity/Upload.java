package care.circles.files.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file as it arrives: the name the sender gave it, the size they declared, and a way to read
 * it. Nothing here is trusted until the file store has read the bytes.
 */
public record Upload(String submittedName, long declaredSize, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public static Upload of(String submittedName, byte[] bytes) {
        return new Upload(submittedName, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** A file input sent with nothing chosen arrives as a part with no name and no bytes. */
    public boolean isNothingChosen() {
        return declaredSize <= 0 && (submittedName == null || submittedName.isBlank());
    }
}

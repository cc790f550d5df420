package care.circles.files.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void recognisesPdfJpegAndPngByTheirFirstBytes() {
        assertEquals(Optional.of(FileKind.PDF), FileKind.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileKind.JPEG), FileKind.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'}));
        assertEquals(Optional.of(FileKind.PNG), FileKind.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
    }

    @Test
    void refusesTextHtmlAndTruncatedSignatures() {
        assertTrue(FileKind.detect("This is not a PDF".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(FileKind.detect("<html><script>".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(FileKind.detect("%PD".getBytes(StandardCharsets.US_ASCII)).isEmpty(), "too short to be sure");
        assertTrue(FileKind.detect(new byte[0]).isEmpty());
        assertTrue(FileKind.detect(null).isEmpty());
    }

    @Test
    void knowsTheUsualEndingsOfEachKind() {
        assertTrue(FileKind.JPEG.isUsualEnding("Photo.JPEG"));
        assertTrue(FileKind.JPEG.isUsualEnding("photo.jpg"));
        assertTrue(!FileKind.PDF.isUsualEnding("certificate.png"));
    }
}

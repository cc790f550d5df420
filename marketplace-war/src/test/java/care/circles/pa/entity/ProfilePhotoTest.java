package care.circles.pa.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;

class ProfilePhotoTest {

    @Test
    void shrinksALargePhotoAndKeepsItsShape() throws IOException {
        ProfilePhoto photo = ProfilePhoto.fromUpload(picture("png", 1200, 900));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertEquals(480, stored.getWidth());
        assertEquals(360, stored.getHeight());
        assertEquals("image/jpeg", photo.contentType());
    }

    @Test
    void dropsExifMetadataSuchAsWhereThePhotoWasTaken() throws IOException {
        byte[] withExif = withExifSegment(picture("jpg", 300, 300), "GPS 50.7154N 2.4367W secret-home");
        assertTrue(contains(withExif, "secret-home"), "the test photo must carry the metadata to begin with");
        ProfilePhoto photo = ProfilePhoto.fromUpload(withExif);
        assertFalse(contains(photo.bytes(), "secret-home"));
        assertFalse(contains(photo.bytes(), "Exif"));
    }

    @Test
    void refusesFilesThatAreNotJpegOrPngWhateverTheirName() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ProfilePhoto.fromUpload("%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("photo", refused.problems().get(0).field());
        assertThrows(InvalidInputException.class, () -> ProfilePhoto.fromUpload(new byte[0]));
    }

    @Test
    void refusesPhotosOverFiveMegabytes() {
        byte[] huge = new byte[(int) ProfilePhoto.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ProfilePhoto.fromUpload(huge));
        assertTrue(refused.problems().get(0).message().contains("5 MB"));
    }

    @Test
    void refusesACorruptPictureWithAClearMessage() {
        byte[] truncated = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ProfilePhoto.fromUpload(truncated));
        assertTrue(refused.problems().get(0).message().contains("could not read"));
    }

    private static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** Puts an APP1 "Exif" segment straight after the JPEG start marker, as cameras do. */
    private static byte[] withExifSegment(byte[] jpeg, String payload) {
        byte[] body = ("Exif\0\0" + payload).getBytes(StandardCharsets.ISO_8859_1);
        int length = body.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(body, 0, body.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}

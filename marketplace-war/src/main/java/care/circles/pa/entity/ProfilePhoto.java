package care.circles.pa.entity;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import care.circles.files.entity.FileKind;
import care.circles.platform.InvalidInputException;

/**
 * A profile photo made safe to show: only JPEG or PNG (judged by the file's own bytes), at most
 * 5 MB, decoded and drawn afresh at no more than {@value #MAX_SIDE} pixels a side, and written as
 * a new JPEG. Writing a new image drops everything but the pixels: camera make, GPS position and
 * other EXIF metadata never reach the public.
 */
public record ProfilePhoto(byte[] bytes, String contentType) {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_SIDE = 480;
    private static final int MAX_SOURCE_SIDE = 10_000;
    private static final String FIELD = "photo";

    public static ProfilePhoto fromUpload(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException(FIELD, "Choose a photo to upload");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidInputException(FIELD, "The photo must be 5 MB or smaller");
        }
        if (FileKind.detect(upload).filter(kind -> kind == FileKind.JPEG || kind == FileKind.PNG).isEmpty()) {
            throw new InvalidInputException(FIELD, "The photo must be a JPEG or PNG picture");
        }
        BufferedImage source = decode(upload);
        return new ProfilePhoto(encodeJpeg(scaled(source)), "image/jpeg");
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Check the size before decoding, so a small file claiming a huge picture cannot exhaust memory.
                if (reader.getWidth(0) > MAX_SOURCE_SIDE || reader.getHeight(0) > MAX_SOURCE_SIDE) {
                    throw new InvalidInputException(FIELD, "The photo is too large: use one under 10,000 pixels a side");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw unreadable();
        }
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException(FIELD, "We could not read that picture. Try saving it again as a JPEG or PNG.");
    }

    private static BufferedImage scaled(BufferedImage source) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the photo", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

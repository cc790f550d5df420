package care.circles.files.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginalNameTest {

    @Test
    void keepsAnOrdinaryNameAsItIs() {
        assertEquals("DBS certificate 2025.pdf", OriginalName.of("DBS certificate 2025.pdf", FileKind.PDF).value());
    }

    @Test
    void dropsFoldersFromWindowsAndUnixPaths() {
        assertEquals("scan.pdf", OriginalName.of("C:\\Users\\sam\\Documents\\scan.pdf", FileKind.PDF).value());
        assertEquals("passwd.pdf", OriginalName.of("../../etc/passwd", FileKind.PDF).value());
    }

    @Test
    void removesQuotesControlCharactersAndLeadingDots() {
        String name = OriginalName.of("..\"evil\";\r\nX-Header: 1<b>.png", FileKind.PNG).value();
        assertFalse(name.contains("\""));
        assertFalse(name.contains("\n"));
        assertFalse(name.contains(";"));
        assertFalse(name.contains("<"));
        assertFalse(name.startsWith("."));
        assertTrue(name.endsWith(".png"), name);
    }

    @Test
    void endsAsItsRealKindSoItNeverOpensAsSomethingElse() {
        assertEquals("page.html.pdf", OriginalName.of("page.html", FileKind.PDF).value());
        assertEquals("photo.JPG", OriginalName.of("photo.JPG", FileKind.JPEG).value());
    }

    @Test
    void givesANameWhenNoneIsLeftAndShortensLongOnes() {
        assertEquals("evidence.pdf", OriginalName.of("  ", FileKind.PDF).value());
        assertEquals("evidence.png", OriginalName.of(null, FileKind.PNG).value());
        String longName = OriginalName.of("a".repeat(500) + ".pdf", FileKind.PDF).value();
        assertTrue(longName.length() <= OriginalName.MAX_LENGTH);
        assertTrue(longName.endsWith(".pdf"));
    }

    @Test
    void offersAnAsciiNameForOldBrowsers() {
        assertEquals("Zo_ CV.pdf", OriginalName.of("Zoë CV.pdf", FileKind.PDF).ascii());
    }
}

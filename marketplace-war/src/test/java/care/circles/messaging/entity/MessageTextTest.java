package care.circles.messaging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;

class MessageTextTest {

    @Test
    void keepsLineBreaksAndTrimsTheEnds() {
        assertEquals("Hello Jo,\n\nAre you free on Tuesdays?", MessageText.of("  Hello Jo,\r\n\r\nAre you free on Tuesdays?\n ").value());
    }

    @Test
    void keepsMarkupAsTheTextItIs() {
        String typed = "<b>bold</b> & <script>alert(1)</script>";
        assertEquals(typed, MessageText.of(typed).value(), "pages escape it; the text itself is not changed");
    }

    @Test
    void dropsInvisibleControlCharactersButNotTabs() {
        assertEquals("a\tb", MessageText.of("a\u0000\tb\u0007").value());
    }

    @Test
    void refusesAnEmptyOrBlankMessageNamingTheField() {
        for (String typed : new String[] {null, "", "   \n\t "}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> MessageText.of(typed));
            assertEquals("body", refused.problems().get(0).field());
            assertEquals("Enter your message", refused.problems().get(0).message());
        }
    }

    @Test
    void allowsExactly5000CharactersAndSaysHowManyWhenThereAreMore() {
        assertEquals(5000, MessageText.of("a".repeat(5000)).value().length());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> MessageText.of("a".repeat(5001)));
        assertTrue(refused.problems().get(0).message().contains("5,000 characters or fewer; it has 5,001"),
                refused.problems().get(0).message());
    }

    @Test
    void countsCharactersAsPeopleSeeThem() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        assertEquals(10_000, MessageText.of(emoji.repeat(5000)).value().length());
    }

    @Test
    void previewIsOneLineAndCutWithAnEllipsis() {
        MessageText text = MessageText.of("Hello\nthere,   how are you doing today?");
        assertEquals("Hello there, how are you doing today?", text.preview(90));
        assertEquals("Hello there,\u2026", text.preview(13));
    }
}

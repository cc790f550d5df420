package care.circles.messaging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewMessageNoticeTest {

    @Test
    void linksToTheConversationOnTheSite() {
        NewMessageNotice notice = NewMessageNotice.forConversation("https://circles.example.org/", 42, "Dorset Council");
        assertEquals("You have a new message on Circles", notice.subject());
        assertEquals("https://circles.example.org/messages/conversation.xhtml?id=42", notice.link().toString());
        assertTrue(notice.text().contains(notice.link().toString()));
        assertTrue(notice.text().contains("Dorset Council"));
    }

    @Test
    void anotherNoticeCarriesItsOwnWordsAndLinksWithinTheSite() {
        NewMessageNotice notice = NewMessageNotice.other("https://circles.example.org", "Session cancelled: Art Club",
                "Art Club on Tuesday 1 December is cancelled by the provider.", "/bookings/index.xhtml", "Dorset Council");

        assertEquals("Session cancelled: Art Club", notice.subject());
        assertEquals("https://circles.example.org/bookings/index.xhtml", notice.link().toString());
        assertTrue(notice.text().contains("Art Club on Tuesday 1 December is cancelled by the provider."));
        assertTrue(notice.text().contains(notice.link().toString()));
    }
}

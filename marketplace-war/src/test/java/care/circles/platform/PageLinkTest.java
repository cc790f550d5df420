package care.circles.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageLinkTest {

    @Test
    void keepsWhatWasChosenEncodedAndLeavesOutWhatWasNot() {
        assertEquals("?page=2&q=cook+%26+clean&near=Sturminster+Newton&radiusKm=10",
                PageLink.to(2).with("q", "cook & clean").with("near", "Sturminster Newton").with("radiusKm", 10)
                        .with("sort", null).with("type", "  ").toString());
    }

    @Test
    void aParameterGivenSeveralTimesRepeats() {
        assertEquals("?page=1&skills=MEALS&skills=DEMENTIA", PageLink.to(1).withEach("skills", List.of("MEALS", "DEMENTIA"))
                .toString());
    }

    @Test
    void everyChosenParameterInOrder() {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        chosen.put("q", List.of("<script>"));
        chosen.put("needs", List.of("AUTISM", "DEMENTIA"));
        assertEquals("?page=3&q=%3Cscript%3E&needs=AUTISM&needs=DEMENTIA", PageLink.to(3).withAll(chosen).toString());
    }
}

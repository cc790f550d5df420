package care.circles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FacesFormTest {

    private static final String PAGE = """
            <form id="signIn" name="signIn" method="post" action="/sign-in.xhtml">
            <input type="hidden" name="signIn" value="signIn" />
            <input id="email" type="email" name="email" class="input" />
            <input type="submit" name="j_idt21" value="Sign in" class="button" />
            <input type="hidden" name="jakarta.faces.ViewState" id="j_id1&#58;jakarta.faces.ViewState&#58;0" \
            value="-123&#58;456" autocomplete="off" />
            </form>""";

    @Test
    void postsTheFormIdFieldsPressedButtonAndViewState() {
        FacesForm form = FacesForm.read(PAGE, "signIn", "Sign in");
        assertEquals("signIn=signIn&email=council%40demo.circles.test&j_idt21=Sign+in&jakarta.faces.ViewState=-123%3A456",
                form.body(Map.of("email", "council@demo.circles.test")));
    }

    @Test
    void aPageWithoutTheButtonOrViewStateIsNotTheFormExpected() {
        assertThrows(IllegalStateException.class, () -> FacesForm.read(PAGE, "signIn", "Rebuild the PA index"));
        assertThrows(IllegalStateException.class,
                () -> FacesForm.read("<input type=\"submit\" name=\"b\" value=\"Sign in\" />", "signIn", "Sign in"));
    }
}

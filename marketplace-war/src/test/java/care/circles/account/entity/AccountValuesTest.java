package care.circles.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.circles.platform.InvalidInputException;

class AccountValuesTest {

    @Test
    void storesEmailAddressesTrimmedAndLowerCase() {
        assertEquals("sam.jones@example.org", EmailAddress.of("  Sam.Jones@Example.ORG ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sam", "sam@", "@example.org", "sam@example", "sam jones@example.org", "a@b@c.org"})
    void refusesEmailAddressesInTheWrongFormat(String typed) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> EmailAddress.of(typed));
        assertEquals("email", refused.problems().get(0).field());
    }

    @Test
    void acceptsALongPassphraseTypedTwice() {
        assertEquals(21, NewPassword.of("three random words!!!", "three random words!!!").characters().length);
    }

    @Test
    void refusesShortPasswordsSayingHowLongTheyMustBe() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> NewPassword.of("short", "short"));
        assertEquals("password", refused.problems().get(0).field());
        assertEquals(true, refused.problems().get(0).message().contains("12 characters"));
    }

    @Test
    void refusesAConfirmationThatDoesNotMatch() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> NewPassword.of("correct horse battery", "correct horse batter"));
        assertEquals("confirmPassword", refused.problems().get(0).field());
    }

    @Test
    void onlyPeopleNeedingSupportPasAndProvidersMaySignThemselvesUp() {
        assertEquals(true, Role.DP_HOLDER.allowsSelfRegistration());
        assertEquals(true, Role.PA.allowsSelfRegistration());
        assertEquals(true, Role.PROVIDER.allowsSelfRegistration());
        assertEquals(false, Role.BROKER.allowsSelfRegistration());
        assertEquals(false, Role.COUNCIL.allowsSelfRegistration());
    }
}

package care.circles.payments.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import care.circles.payments.card.Cardholder.BillingAddress;

class CardholderTest {

    @Test
    void readsAnAddressWrittenOnOneLine() {
        assertEquals(new BillingAddress("County Hall, Colliton Park", "Dorchester", "DT1 1XJ"),
                BillingAddress.parse("County Hall, Colliton Park, Dorchester, DT1 1XJ"));
        assertEquals(new BillingAddress("1 High Street", "Bridport", "DT6 3JX"),
                BillingAddress.parse(" 1 High Street ,Bridport,DT6 3JX "));
    }

    @Test
    void refusesAnAddressWithoutATownAndPostcode() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BillingAddress.parse("County Hall, DT1 1XJ"));
        assertEquals("Write the address on one line with commas, like: County Hall, Colliton Park, Dorchester, DT1 1XJ",
                refused.getMessage());
    }

    @Test
    void aCardholderNeedsANameAndAKey() {
        BillingAddress address = BillingAddress.parse("County Hall, Dorchester, DT1 1XJ");
        assertThrows(IllegalArgumentException.class, () -> new Cardholder(" ", null, address, "k"));
        assertThrows(IllegalArgumentException.class, () -> new Cardholder("Pat Hughes", null, address, ""));
    }
}

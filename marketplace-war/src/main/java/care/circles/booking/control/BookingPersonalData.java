package care.circles.booking.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Day opportunity bookings the person made. Erasure removes the names of the people they booked
 * for (on bookings and waiting lists); the bookings stay, as the provider's and the payments' record.
 */
@ApplicationScoped
public class BookingPersonalData implements PersonalDataHolder {

    static final String REMOVED = "(name removed)";

    @PersistenceContext
    EntityManager em;

    @Override
    public String title() {
        return "Your bookings";
    }

    @Override
    public int order() {
        return 57;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT d.name, s.starts_at, b.attendee_name, b.payment_method, b.price_pence, b.status,"
                        + " b.booked_at FROM booking b JOIN day_session s ON s.id = b.session_id"
                        + " JOIN day_opportunity d ON d.id = s.day_opportunity_id WHERE b.booker_account_id = ? ORDER BY b.booked_at",
                        person.id())
                .stream().map(b -> PersonalRecord.of("Booking").with("Activity", b[0]).with("When", b[1])
                        .with("For", b[2]).with("Paid by", b[3]).with("Price (pence)", b[4]).with("Status", b[5])
                        .with("Booked", b[6]).build())
                .toList();
    }

    @Override
    public String keptOnErasure() {
        return "Bookings you made stay as the provider's and the payments' record, without the names of the people"
                + " you booked for.";
    }

    @Override
    public void erase(Account person) {
        em.createNativeQuery("UPDATE booking SET attendee_name = ? WHERE booker_account_id = ?")
                .setParameter(1, REMOVED).setParameter(2, person.id()).executeUpdate();
        // Waiting-list places stay (an offered place is held against the session's capacity) without the name.
        em.createNativeQuery("UPDATE waitlist_entry SET attendee_name = ? WHERE account_id = ?")
                .setParameter(1, REMOVED).setParameter(2, person.id()).executeUpdate();
    }
}

package care.circles.booking.control;

import java.time.Instant;

import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.dayopportunity.entity.ProviderRef;
import care.circles.dayopportunity.entity.SessionTimes;
import care.circles.messaging.control.NewMessageEmails;
import care.circles.notification.control.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells people what happened to their bookings, in the site and by email, in the same
 * transaction as the change (the email goes after it commits). Emails name the activity and the
 * date, never the person attending.
 */
@ApplicationScoped
public class BookingNews {

    static final String BOOKINGS_PAGE = "/bookings/index.xhtml";

    @Inject
    Notifications notifications;

    @Inject
    NewMessageEmails emails;

    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionCancelled(long accountId, DayOpportunity listing, DaySession session, String reason,
                                 boolean wasWaiting) {
        String what = listing.name() + " on " + session.when() + " is cancelled by the provider";
        String after = wasWaiting ? "You were on the waiting list; nothing is booked." : "Your booking is cancelled.";
        tell(accountId, "Session cancelled: " + listing.name(), what + ". " + after + " Their reason: " + reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void placeOffered(long accountId, DayOpportunity listing, DaySession session, Instant until) {
        tell(accountId, "A place is free for you: " + listing.name(), "A place is free at " + listing.name() + " on "
                + session.when() + ". We are keeping it for you until " + SessionTimes.moment(until)
                + ": accept it in Circles before then, or it goes to the next person on the waiting list.");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void offerEnded(long accountId, DayOpportunity listing, DaySession session) {
        notifications.send(accountId, "The place offered to you at " + listing.name() + " on " + session.when()
                + " has gone to the next person on the waiting list.", BOOKINGS_PAGE);
    }

    /** The provider hears of bookings and cancellations in the site, with a link to the register. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void providerTold(ProviderRef provider, DaySession session, String message) {
        if (provider.ownerAccountId() != null) {
            notifications.send(provider.ownerAccountId(), message,
                    "/provider/listings-register.xhtml?session=" + session.id());
        }
    }

    private void tell(long accountId, String subject, String text) {
        notifications.send(accountId, text, BOOKINGS_PAGE);
        emails.queue(accountId, subject, text, BOOKINGS_PAGE);
    }
}

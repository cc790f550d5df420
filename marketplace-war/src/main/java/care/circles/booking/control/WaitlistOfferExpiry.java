package care.circles.booking.control;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every minute, ends the waiting-list offers whose time is up (each place passes to the next in
 * line) and closes the waiting lists of sessions that can no longer be booked. Safe on several
 * servers at once: each offer is ended under its session's lock, once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WaitlistOfferExpiry {

    private static final Logger LOG = Logger.getLogger(WaitlistOfferExpiry.class.getName());

    @Inject
    Waitlist waitlist;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        expireOffers(clock);
    }

    /**
     * @param at the time to judge the offers by (tests pass a clock from later on)
     * @return how many offers ended
     */
    public int expireOffers(Clock at) {
        int ended = 0;
        for (long entry : waitlist.offersEndedBy(at.instant())) {
            try {
                if (waitlist.endOffer(entry, at.instant())) {
                    ended++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Waiting-list offer " + entry + " not ended this time; trying again next minute", e);
            }
        }
        waitlist.closeWhereBookingClosed(at.instant());
        return ended;
    }
}

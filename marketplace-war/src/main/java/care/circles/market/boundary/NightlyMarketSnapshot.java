package care.circles.market.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import care.circles.market.control.MarketFigures;
import care.circles.market.control.MarketSnapshots;
import care.circles.platform.Platform;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Once a night, keeps the market figures of every locality for this month's point on the trend charts. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyMarketSnapshot {

    private static final Logger LOG = Logger.getLogger(NightlyMarketSnapshot.class.getName());

    @Inject
    MarketFigures figures;

    @Inject
    MarketSnapshots snapshots;

    @Inject
    Clock clock;

    @Schedule(hour = "1", minute = "40", timezone = "Europe/London", persistent = false)
    void snapshot() {
        try {
            LocalDate today = LocalDate.now(clock.withZone(Platform.UK));
            int rows = snapshots.keep(figures.asOf(today, clock.instant()), today, clock.instant());
            LOG.info(() -> "Market figures kept for " + today.getMonth() + ": " + rows + " rows");
        } catch (RuntimeException e) {
            // Tomorrow night's run writes the month again; only a month's last night really matters.
            LOG.log(Level.WARNING, "The nightly market snapshot failed", e);
        }
    }
}

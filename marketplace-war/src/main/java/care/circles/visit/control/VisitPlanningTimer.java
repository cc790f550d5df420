package care.circles.visit.control;

import java.time.Clock;
import java.time.LocalDate;

import care.circles.platform.Platform;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Keeps the calendar rolling: every hour (so a server that was down catches up soon after it
 * starts) agreements whose visits reach less than the horizon ahead get the next days' visits.
 */
@Singleton
public class VisitPlanningTimer {

    @Inject
    VisitPlanner planner;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void everyHour() {
        planner.planAll(LocalDate.now(clock.withZone(Platform.UK)));
    }
}

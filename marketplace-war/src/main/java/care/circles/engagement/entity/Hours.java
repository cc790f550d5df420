package care.circles.engagement.entity;

import java.time.Duration;

/** Lengths of time as people say them: "2 hours", "1 hour 30 minutes", "45 minutes". */
public final class Hours {

    private Hours() {
    }

    public static String spoken(Duration length) {
        long hours = length.toHours();
        long minutes = length.toMinutesPart();
        String h = hours == 1 ? "1 hour" : hours + " hours";
        String m = minutes == 1 ? "1 minute" : minutes + " minutes";
        if (hours == 0) {
            return m;
        }
        return minutes == 0 ? h : h + " " + m;
    }
}

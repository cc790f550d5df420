package care.circles.pa.control;

import java.time.Duration;
import java.time.Instant;

/** Where a rebuild of the PA index has got to, for the council's page. */
public record RebuildProgress(State state, long indexed, long total, Instant started, Instant finished, String problem) {

    public enum State { NEVER_RUN, RUNNING, FINISHED, FAILED }

    public static final RebuildProgress NEVER = new RebuildProgress(State.NEVER_RUN, 0, 0, null, null, null);

    public int percent() {
        return total == 0 ? (state == State.FINISHED ? 100 : 0) : (int) Math.min(100, indexed * 100 / total);
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public String summary() {
        return switch (state) {
            case NEVER_RUN -> "The index has not been rebuilt since the service started.";
            case RUNNING -> String.format("Rebuilding: %,d of %,d profiles indexed (%d%%).", indexed, total, percent());
            case FINISHED -> String.format("Rebuilt: %,d profiles indexed in %s. Search now uses the new index.",
                    indexed, took());
            case FAILED -> "The rebuild stopped: " + problem + ". Search still uses the previous index.";
        };
    }

    private String took() {
        long seconds = Duration.between(started, finished).toSeconds();
        return seconds < 1 ? "under a second" : seconds == 1 ? "1 second" : seconds + " seconds";
    }
}

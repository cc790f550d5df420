package care.circles.pa.control;

/** Elasticsearch could not answer; pages say "try again shortly", the API answers 503. */
public class SearchUnavailableException extends Exception {

    public SearchUnavailableException(Throwable cause) {
        super("Search is not available just now", cause);
    }
}

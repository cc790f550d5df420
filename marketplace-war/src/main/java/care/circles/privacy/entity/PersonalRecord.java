package care.circles.privacy.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import care.circles.platform.SpokenDate;

/** One thing we hold about a person (a profile, a message, an advert), as labelled values in order. */
public record PersonalRecord(String heading, Map<String, String> fields) {

    public PersonalRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Builds a record field by field, leaving out values that are empty. */
    public static Builder of(String heading) {
        return new Builder(heading);
    }

    public static final class Builder {
        private final String heading;
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Builder(String heading) {
            this.heading = heading;
        }

        /**
         * Adds a value as people read it: dates and times (database times are UTC) in UK
         * words, true/false as yes/no; empty values are left out.
         */
        public Builder with(String label, Object value) {
            String text;
            if (value instanceof java.time.LocalDateTime utc) {
                text = SpokenDate.withTime(utc.toInstant(java.time.ZoneOffset.UTC));
            } else if (value instanceof java.time.Instant moment) {
                text = SpokenDate.withTime(moment);
            } else if (value instanceof java.time.LocalDate day) {
                text = SpokenDate.of(day);
            } else if (value instanceof java.sql.Date day) {
                text = SpokenDate.of(day.toLocalDate());
            } else if (value instanceof java.sql.Timestamp utc) {
                text = SpokenDate.withTime(utc.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC));
            } else if (value instanceof Boolean yes) {
                text = yes ? "Yes" : "No";
            } else {
                text = value == null ? null : String.valueOf(value);
            }
            if (text != null && !text.isBlank()) {
                fields.put(label, text);
            }
            return this;
        }

        public PersonalRecord build() {
            return new PersonalRecord(heading, fields);
        }
    }
}

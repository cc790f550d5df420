package care.circles.review.entity;

import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * What a review says: a rating from 1 (poor) to 5 (excellent) and the person's own words, the same
 * for reviews of organisations and of personal assistants.
 */
public record ReviewContent(int rating, String words) {

    public static final int MAX_WORDS = 1000;
    public static final int MIN_WORDS = 10;

    /** @throws InvalidInputException (fields rating, words) naming what is wrong */
    public static ReviewContent of(String rating, String words) {
        List<FieldProblem> problems = new ArrayList<>();
        int stars = rating != null && rating.strip().matches("[1-5]") ? Integer.parseInt(rating.strip()) : 0;
        if (stars == 0) {
            problems.add(new FieldProblem("rating", "Choose a rating from 1 (poor) to 5 (excellent)"));
        }
        String text = words == null ? "" : words.strip();
        if (text.length() < MIN_WORDS) {
            problems.add(new FieldProblem("words", "Say what the support was like, in at least " + MIN_WORDS + " characters"));
        } else if (text.length() > MAX_WORDS) {
            problems.add(new FieldProblem("words", "Your review must be " + MAX_WORDS + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReviewContent(stars, text);
    }

    /** The rating radios' values, best first. */
    public static List<String> ratings() {
        return List.of("5", "4", "3", "2", "1");
    }
}

package care.circles.dayopportunity.entity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import care.circles.platform.FieldProblem;

/** Reads typed form answers (numbers, one choice, ticked boxes), noting a problem for each that does not read. */
final class Answers {

    private Answers() {
    }

    static int whole(String typed, int min, int max, String field, String message, List<FieldProblem> problems) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, message));
        return min;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, String message,
                                        List<FieldProblem> problems) {
        try {
            return Enum.valueOf(type, typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
    }

    static <E extends Enum<E>> Set<E> ticked(Class<E> type, Collection<String> typed, String field,
                                             List<FieldProblem> problems) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String code : typed == null ? List.<String>of() : typed) {
            try {
                chosen.add(Enum.valueOf(type, code.strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "Choose from the options shown: '" + code.strip()
                        + "' is not one of them"));
                return chosen;
            }
        }
        return chosen;
    }
}

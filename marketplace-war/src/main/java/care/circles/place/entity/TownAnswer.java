package care.circles.place.entity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import care.circles.platform.FieldProblem;

/** An optional "town or postcode district where the person lives" answer on a council form. */
public final class TownAnswer {

    private TownAnswer() {
    }

    /**
     * @param find finds the typed town or postcode district in the council's gazetteer
     * @return what {@code find} found, or null when nothing was typed or the place is unknown
     *         (then a problem naming {@code field} is added)
     */
    public static <T> T optional(String typed, Function<String, Optional<T>> find, String field,
                                 List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<T> found = find.apply(typed.strip());
        if (found.isEmpty()) {
            problems.add(new FieldProblem(field, "We do not know \"" + typed.strip() + "\" as a town or postcode"
                    + " district in the council's area. Check the spelling, or leave it empty"));
        }
        return found.orElse(null);
    }
}

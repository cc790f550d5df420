package care.circles.openreferral.entity;

import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * The filters and paging of {@code GET /oruk/services}, as the Open Referral UK API defines
 * them: search, taxonomy_term_id, taxonomy_id, minimum_age, maximum_age, page (from 1), per_page.
 */
public record OpenReferralQuery(String search, String taxonomyTermId, String taxonomyId, Integer minimumAge,
                                Integer maximumAge, int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 200;

    public static OpenReferralQuery of(String search, String taxonomyTermId, String taxonomyId, String minimumAge,
                                       String maximumAge, String page, String perPage) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer minimum = number(problems, "minimum_age", minimumAge, 0, 120, null);
        Integer maximum = number(problems, "maximum_age", maximumAge, 0, 120, null);
        int pageNumber = number(problems, "page", page, 1, 1_000_000, 1);
        int size = number(problems, "per_page", perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OpenReferralQuery(blank(search), blank(taxonomyTermId), blank(taxonomyId), minimum, maximum,
                pageNumber, size);
    }

    private static Integer number(List<FieldProblem> problems, String name, String typed, int least, int most,
                                  Integer otherwise) {
        if (blank(typed) == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add(new FieldProblem(name, name + " must be a whole number from " + least + " to " + most));
        return otherwise;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}

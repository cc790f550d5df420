package care.circles.safeguarding.entity;

import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * What someone tells us in "Report a concern". Only what happened, who and where are needed:
 * people may not know more, and may not want to give their name.
 */
public record ConcernReport(String whatHappened, String whoIsAtRisk, String place, boolean inDangerNow,
                            String reporterName, String reporterContact) {

    public static final int WHAT_MAX = 4000;
    public static final int WHO_MAX = 500;
    public static final int WHERE_MAX = 300;
    public static final int NAME_MAX = 120;
    public static final int CONTACT_MAX = 254;

    /** Checks the answers as typed; danger is "yes", "no" or missing. */
    public static ConcernReport of(String whatHappened, String whoIsAtRisk, String place, String danger,
                                   String reporterName, String reporterContact) {
        List<FieldProblem> problems = new ArrayList<>();
        String what = required(problems, "whatHappened", whatHappened, WHAT_MAX,
                "Tell us what happened or what you are worried about");
        String who = required(problems, "whoIsAtRisk", whoIsAtRisk, WHO_MAX,
                "Tell us who is at risk: a name, or a description if you do not know their name");
        String where = required(problems, "place", place, WHERE_MAX,
                "Tell us where it happened or where the person is: a town or an address");
        if (!"yes".equals(danger) && !"no".equals(danger)) {
            problems.add(new FieldProblem("danger", "Say whether someone is in danger right now"));
        }
        String name = optional(problems, "reporterName", reporterName, NAME_MAX);
        String contact = optional(problems, "reporterContact", reporterContact, CONTACT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ConcernReport(what, who, where, "yes".equals(danger), name, contact);
    }

    private static String required(List<FieldProblem> problems, String field, String value, int max, String missing) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, missing));
            return null;
        }
        return tooLong(problems, field, text, max);
    }

    private static String optional(List<FieldProblem> problems, String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        return text.isEmpty() ? null : tooLong(problems, field, text, max);
    }

    private static String tooLong(List<FieldProblem> problems, String field, String text, int max) {
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "Use " + max + " characters or fewer (you used " + text.length() + ")"));
        }
        return text;
    }
}

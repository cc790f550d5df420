package care.circles.isf.entity;

import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * What council staff ask for when they move an ISF to another holder: the organisation that
 * holds it from now on, and why (the audit trail keeps it, and the old holder may ask).
 *
 * @param seenVersion the ISF's version when the staff member chose, so a move made meanwhile by
 *                    someone else is refused rather than silently moved again
 */
public record HolderChange(long newHolderId, String reason, long seenVersion) {

    public static final String NEW_HOLDER = "newHolder";
    public static final String REASON = "moveReason";
    static final int MAX_REASON = 1000;

    public HolderChange {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidInputException(REASON, "Say why the ISF moves, in up to 1,000 characters");
        }
    }

    /** From the form as sent; names every problem at once. */
    public static HolderChange of(String newHolder, String reason, String seenVersion) {
        List<FieldProblem> problems = new ArrayList<>();
        String holder = newHolder == null ? "" : newHolder.strip();
        if (!holder.matches("[0-9]{1,18}")) {
            problems.add(new FieldProblem(NEW_HOLDER, "Choose the organisation that will hold the ISF"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(new FieldProblem(REASON, "Say why the ISF moves, like \"The holder's accreditation was"
                    + " withdrawn\". The audit trail keeps it"));
        } else if (why.length() > MAX_REASON) {
            problems.add(new FieldProblem(REASON, "The reason must be 1,000 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String version = seenVersion == null ? "" : seenVersion.strip();
        if (!version.matches("[0-9]{1,18}")) {
            throw new IsfRefused("The page was out of date. Open the ISF again and move it from there.");
        }
        return new HolderChange(Long.parseLong(holder), why, Long.parseLong(version));
    }
}

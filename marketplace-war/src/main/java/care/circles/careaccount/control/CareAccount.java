package care.circles.careaccount.control;

import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.careaccount.entity.MeterView;
import care.circles.payment.control.CouncilPayments;
import care.circles.payment.entity.WrittenReason;
import care.circles.payments.Money;
import care.circles.payments.careaccount.CareMeterEntry;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Each person's care account: what they have spent on eligible care (the council's categories)
 * counts toward the lifetime cap, line by line with what counted and why. Spending is recorded
 * when a payment request is paid from their direct payment. The council can adjust it, with a
 * reason, and the adjustment is audited.
 */
@ApplicationScoped
public class CareAccount {

    @Inject
    CouncilPayments payments;

    @Inject
    AuditTrail audit;

    /** The signed-in person's own care account. */
    @Transactional
    public MeterView ofHolder(Account holder) {
        return meter(holder.id());
    }

    /** Anyone's care account, for council staff. */
    @Transactional
    public MeterView forCouncil(Account council, long personAccountId) {
        requireCouncil(council);
        return meter(personAccountId);
    }

    private MeterView meter(long personAccountId) {
        return new MeterView(payments.withConnection(c -> payments.careAccounts().meter(c, personAccountId)));
    }

    /**
     * The council corrects what has counted (up, or down with a minus sign), with the reason.
     * The form's key makes a double-click adjust once.
     *
     * @throws InvalidInputException naming {@code careReason} without a reason
     */
    @Transactional
    public CareMeterEntry adjust(Account council, long personAccountId, Money change, String reason, String formKey) {
        requireCouncil(council);
        problemWithReason(reason).ifPresent(problem -> {
            throw new InvalidInputException(java.util.List.of(problem));
        });
        String why = reason.strip();
        CareMeterEntry entry = payments.withConnection(c -> payments.careAccounts().adjust(c, personAccountId, change,
                why, council.id(), "adjustment:" + Optional.ofNullable(formKey).orElse(java.util.UUID.randomUUID().toString())));
        audit.record(council.id(), "CARE_ACCOUNT_ADJUSTED", "care_account", personAccountId, change + ": " + why);
        return entry;
    }

    /** What is wrong with an adjustment's reason, if anything: a form checks it beside the amount. */
    public static Optional<FieldProblem> problemWithReason(String reason) {
        return WrittenReason.problem("careReason", reason, 400, "Say why the care account is being adjusted");
    }

    private static void requireCouncil(Account actor) {
        if (actor.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can do this");
        }
    }
}

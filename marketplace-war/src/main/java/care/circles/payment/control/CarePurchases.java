package care.circles.payment.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import care.circles.dayopportunity.entity.Category;
import care.circles.dayopportunity.entity.SessionKind;
import care.circles.payment.entity.CarePurchase;
import care.circles.payments.careaccount.CareAccountRules;
import care.circles.payments.request.PaymentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Which kind of care a payment request paid for, from what was actually bought: a PA's
 * timesheet by the support types its agreement lists (each type's care category is data on the
 * council's support taxonomy), a day-opportunity booking by the listing's category and the
 * session's kind (a carers' break is respite care). The care account then counts it, or says why
 * not, by the council's eligible categories.
 */
@ApplicationScoped
public class CarePurchases {

    static final String RESPITE_CARE = "respite-care";
    static final String DAY_CARE = "day-care";

    @Inject
    CouncilPayments payments;

    @PersistenceContext
    EntityManager em;

    /** What the request bought; empty when it is not for care the platform arranged (nothing goes on the meter). */
    public Optional<CarePurchase> of(PaymentRequest request) {
        if (request.careCategory() != null) {
            return Optional.of(new CarePurchase(request.careCategory(), null));
        }
        String key = request.sourceKey();
        int colon = key.indexOf(':');
        String source = colon < 0 ? key : key.substring(0, colon);
        String id = colon < 0 ? "" : key.substring(colon + 1);
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return switch (source) {
            case "timesheet" -> Optional.of(paSupport(Long.parseLong(id)));
            case "booking" -> dayOpportunity(Long.parseLong(id));
            default -> Optional.empty();
        };
    }

    /**
     * An agreement may list several types (personal care and companionship): the visits are care
     * when any of them is eligible care, so the first eligible category decides, else the first
     * category at all.
     */
    private CarePurchase paSupport(long timesheetId) {
        @SuppressWarnings("unchecked")
        List<Object[]> types = em.createNativeQuery("SELECT st.label, st.care_category FROM timesheet t"
                        + " JOIN agreement_skill s ON s.agreement_id = t.agreement_id"
                        + " JOIN support_type st ON st.code = s.skill WHERE t.id = ? ORDER BY st.position, st.code")
                .setParameter(1, timesheetId)
                .getResultList();
        CareAccountRules rules = payments.configuration().careRules();
        List<String> categories = types.stream().map(type -> (String) type[1]).filter(c -> c != null).toList();
        String category = categories.stream().filter(rules::isEligible).findFirst()
                .orElse(categories.isEmpty() ? null : categories.get(0));
        String bought = types.isEmpty() ? "PA support"
                : "PA support: " + types.stream().map(type -> (String) type[0]).collect(Collectors.joining(", "));
        return new CarePurchase(category, bought);
    }

    private Optional<CarePurchase> dayOpportunity(long bookingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.name, d.category, s.kind FROM booking b"
                        + " JOIN day_session s ON s.id = b.session_id"
                        + " JOIN day_opportunity d ON d.id = s.day_opportunity_id WHERE b.id = ?")
                .setParameter(1, bookingId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String name = (String) rows.get(0)[0];
        Category category = Category.valueOf((String) rows.get(0)[1]);
        SessionKind kind = SessionKind.valueOf((String) rows.get(0)[2]);
        if (kind == SessionKind.CARERS_BREAK) {
            return Optional.of(new CarePurchase(RESPITE_CARE, name + ": " + kind.getLabel()));
        }
        return Optional.of(new CarePurchase(careCategory(category), name + ": " + category.getLabel()));
    }

    /** Day services are day care and carers' breaks respite care; any other activity is named by its kind. */
    static String careCategory(Category category) {
        return switch (category) {
            case DAY_SERVICES -> DAY_CARE;
            case CARERS_BREAKS -> RESPITE_CARE;
            default -> category.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }
}

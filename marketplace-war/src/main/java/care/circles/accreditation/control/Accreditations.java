package care.circles.accreditation.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.ActiveAccreditation;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the rest of the marketplace may know about accreditation: public facts, so no viewer is
 * asked for. "Accredited now" means accredited (with or without conditions), not suspended, and
 * not past its expiry date, judged on today's date in the UK.
 */
@Named("accreditations")
@ApplicationScoped
public class Accreditations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Today in the UK: the date every accreditation rule is judged on. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    /** Whether the organisation holds any accreditation in force today. */
    public boolean isAccredited(long providerId) {
        return !activeAccreditations(providerId).isEmpty();
    }

    /** Whether the organisation holds this kind of accreditation in force today. */
    public boolean isAccredited(long providerId, AccreditationKind kind) {
        return activeAccreditations(providerId).stream().anyMatch(a -> a.kind() == kind);
    }

    /**
     * Why the organisation does not hold this kind of accreditation in force today, as a sentence
     * anyone may read (the council's reasons stay with the organisation); empty while it does.
     */
    public Optional<String> whyNotAccredited(long providerId, AccreditationKind kind) {
        LocalDate today = today();
        List<Accreditation> ofKind = em.createNamedQuery(Accreditation.OF_PROVIDER, Accreditation.class)
                .setParameter("provider", providerId).getResultStream().filter(a -> a.kind() == kind).toList();
        if (ofKind.stream().anyMatch(a -> a.isActiveOn(today))) {
            return Optional.empty();
        }
        String accreditation = "The organisation's " + kind.label() + " accreditation";
        return Optional.of(ofKind.stream().map(a -> switch (a.statusOn(today)) {
            case SUSPENDED -> accreditation + " is suspended by the council";
            case WITHDRAWN -> accreditation + " was withdrawn by the council";
            case LAPSED -> accreditation + " ran out on " + SpokenDate.of(a.expiresOn());
            default -> null;
        }).filter(java.util.Objects::nonNull).findFirst().orElse("The organisation holds no " + kind.label() + " accreditation"));
    }

    /** The organisation's accreditations in force today, one per kind at most. */
    public List<ActiveAccreditation> activeAccreditations(long providerId) {
        return activeOn(providerId, today());
    }

    public List<ActiveAccreditation> activeOn(long providerId, LocalDate day) {
        return em.createNamedQuery(Accreditation.OF_PROVIDER, Accreditation.class)
                .setParameter("provider", providerId).getResultStream()
                .filter(a -> a.isActiveOn(day)).map(Accreditation::active).toList();
    }

    /** Every organisation's accreditations in force on the day, for rebuilding search. */
    public Map<Long, List<ActiveAccreditation>> activeByProvider(LocalDate day) {
        Map<Long, List<ActiveAccreditation>> active = new HashMap<>();
        em.createNamedQuery(Accreditation.GRANTED, Accreditation.class).getResultStream()
                .filter(a -> a.isActiveOn(day))
                .forEach(a -> active.computeIfAbsent(a.providerId(), id -> new ArrayList<>()).add(a.active()));
        return active;
    }
}

package care.circles.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import care.circles.vetting.entity.VettingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Deployed with the vetting tests: remembers every VettingChanged event, as search will observe them. */
@ApplicationScoped
public class VettingChangedLog {

    private final List<VettingChanged> seen = new CopyOnWriteArrayList<>();

    void record(@Observes VettingChanged event) {
        seen.add(event);
    }

    public long countFor(long paAccountId) {
        return seen.stream().filter(e -> e.paAccountId() == paAccountId).count();
    }
}

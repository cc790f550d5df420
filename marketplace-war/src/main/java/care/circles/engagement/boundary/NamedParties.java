package care.circles.engagement.boundary;

import java.util.List;
import java.util.Map;

import care.circles.engagement.entity.TermsRecord;
import care.circles.messaging.control.ParticipantNames;
import care.circles.place.control.Gazetteer;
import care.circles.place.entity.Place;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The names the engagement pages show for the two people in a request or agreement, and its town. */
@RequestScoped
public class NamedParties {

    @Inject
    ParticipantNames names;

    @Inject
    Gazetteer gazetteer;

    public String holderOf(TermsRecord terms) {
        return nameOf(terms.dpHolderAccountId());
    }

    public String paOf(TermsRecord terms) {
        return nameOf(terms.paAccountId());
    }

    public String nameOf(long accountId) {
        Map<Long, String> found = names.of(List.of(accountId));
        return found.get(accountId);
    }

    public String townOf(TermsRecord terms) {
        return gazetteer.byId(terms.placeId()).map(Place::name).orElse("");
    }
}

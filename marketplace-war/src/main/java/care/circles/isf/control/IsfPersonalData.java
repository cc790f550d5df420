package care.circles.isf.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Individual service funds held for the person. Financial records: kept for seven years. */
@ApplicationScoped
public class IsfPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String title() {
        return "Your individual service funds";
    }

    @Override
    public int order() {
        return 87;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT i.id, p.name, i.person_name, i.annual_budget_pence, i.start_date, i.status"
                        + " FROM isf i JOIN provider p ON p.id = i.holder_provider_id"
                        + " WHERE i.person_account_id = ? OR i.representative_account_id = ? ORDER BY i.id", person.id())
                .stream().map(f -> PersonalRecord.of("Individual service fund").with("Number", f[0]).with("Held by", f[1])
                        .with("For", f[2]).with("Budget a year (pence)", f[3]).with("Starts", f[4]).with("Status", f[5])
                        .build())
                .toList();
    }

    @Override
    public String keptOnErasure() {
        return "Individual service funds held for you, their spending and statements: financial records are kept for"
                + " seven years.";
    }

    @Override
    public void erase(Account person) {
        // Kept (see keptOnErasure).
    }
}

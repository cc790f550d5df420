package care.circles.engagement.control;

import java.util.ArrayList;
import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Requests, agreements and timesheets between a DP holder and a PA. They are the record of care
 * agreed, given and paid for, shared with the other person: kept on erasure.
 */
@ApplicationScoped
public class EngagementPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Override
    public String title() {
        return "Your care arrangements";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        List<PersonalRecord> records = new ArrayList<>();
        PersonalRows.of(em, "SELECT id, status, start_date, tasks, hourly_rate_pence, arrangement, created_at"
                + " FROM engagement_request WHERE dp_holder_account_id = ? OR pa_account_id = ? ORDER BY id", person.id())
                .forEach(r -> records.add(PersonalRecord.of("Request").with("Number", r[0]).with("Status", r[1])
                        .with("Start", r[2]).with("Tasks", r[3]).with("Hourly rate (pence)", r[4])
                        .with("Arrangement", r[5]).with("Sent", r[6]).build()));
        PersonalRows.of(em, "SELECT id, status, start_date, ends_on, tasks, hourly_rate_pence, arrangement, created_at"
                + " FROM agreement WHERE dp_holder_account_id = ? OR pa_account_id = ? ORDER BY id", person.id())
                .forEach(a -> records.add(PersonalRecord.of("Agreement").with("Number", a[0]).with("Status", a[1])
                        .with("Start", a[2]).with("Ends", a[3]).with("Tasks", a[4]).with("Hourly rate (pence)", a[5])
                        .with("Arrangement", a[6]).with("Agreed", a[7]).build()));
        PersonalRows.of(em, "SELECT id, status, submitted_at, amount_pence, note, dispute_reason FROM timesheet"
                + " WHERE dp_holder_account_id = ? OR pa_account_id = ? ORDER BY id", person.id())
                .forEach(t -> records.add(PersonalRecord.of("Timesheet").with("Number", t[0]).with("Status", t[1])
                        .with("Sent", t[2]).with("Amount (pence)", t[3]).with("Note", t[4]).with("Disputed because", t[5])
                        .build()));
        return records;
    }

    @Override
    public String keptOnErasure() {
        return "Care arrangements, visits and timesheets: they record care given and paid for, and the other person"
                + " shares them, so they are kept with the payments.";
    }

    @Override
    public void erase(Account person) {
        // Kept (see keptOnErasure); the account they point to is pseudonymised.
    }
}

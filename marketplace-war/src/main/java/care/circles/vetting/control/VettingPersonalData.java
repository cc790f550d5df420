package care.circles.vetting.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.files.control.FileStore;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A PA's vetting checks. Erasure deletes the evidence files and the personal details on each
 * check (certificate numbers, referees), keeping that the check was made and what the council
 * decided, which the council must be able to show.
 */
@ApplicationScoped
public class VettingPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Override
    public String title() {
        return "Your checks";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT check_type, status, document_kind, reference_number, issued_on, update_service,"
                + " provider_name, referee_name, referee_relationship, completed_on, expires_on, submitted_at, decided_at,"
                + " decision_note FROM vetting_check WHERE pa_account_id = ? ORDER BY submitted_at", person.id())
                .stream().map(c -> PersonalRecord.of("Check")
                        .with("Type", c[0]).with("Status", c[1]).with("Document", c[2]).with("Reference number", c[3])
                        .with("Issued", c[4]).with("On the update service", c[5]).with("Provider", c[6])
                        .with("Referee", c[7]).with("Referee knows you as", c[8]).with("Completed", c[9])
                        .with("Expires", c[10]).with("Sent", c[11]).with("Decided", c[12]).with("Council's note", c[13])
                        .build())
                .toList();
    }

    @Override
    public String keptOnErasure() {
        return "That each check was made, its dates and the council's decision, which the council must be able to"
                + " show. Evidence files, certificate numbers and referees' names are deleted.";
    }

    @Override
    public void erase(Account person) {
        em.createNativeQuery("UPDATE vetting_check SET document_kind = NULL, reference_number = NULL,"
                + " provider_name = NULL, referee_name = NULL, referee_relationship = NULL WHERE pa_account_id = ?")
                .setParameter(1, person.id()).executeUpdate();
        files.eraseAllOwnedBy(person.id());
    }
}

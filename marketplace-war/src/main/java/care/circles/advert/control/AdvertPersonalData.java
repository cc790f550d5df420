package care.circles.advert.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import care.circles.search.control.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Job adverts the person wrote. Erasure deletes them and takes them out of search at once. */
@ApplicationScoped
public class AdvertPersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Override
    public String title() {
        return "Your job adverts";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        return PersonalRows.of(em, "SELECT a.title, pl.name, a.hours_per_week, a.start_date, a.hourly_rate_pence,"
                        + " a.description, a.status, a.created_at, a.published_at FROM job_advert a"
                        + " JOIN place pl ON pl.id = a.place_id WHERE a.poster_account_id = ? ORDER BY a.created_at", person.id())
                .stream().map(a -> PersonalRecord.of("Advert")
                        .with("Title", a[0]).with("Town", a[1]).with("Hours a week", a[2]).with("Start", a[3])
                        .with("Hourly rate (pence)", a[4]).with("Description", a[5]).with("Status", a[6])
                        .with("Written", a[7]).with("Published", a[8]).build())
                .toList();
    }

    @Override
    public void erase(Account person) {
        for (Object[] advert : PersonalRows.of(em, "SELECT id FROM job_advert WHERE poster_account_id = ?", person.id())) {
            outbox.delete(AdvertListing.INDEX, String.valueOf(advert[0]));
        }
        // Their support types and times go with them (ON DELETE CASCADE).
        em.createNativeQuery("DELETE FROM job_advert WHERE poster_account_id = ?").setParameter(1, person.id()).executeUpdate();
    }
}

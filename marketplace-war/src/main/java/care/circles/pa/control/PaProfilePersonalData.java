package care.circles.pa.control;

import java.util.ArrayList;
import java.util.List;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.privacy.control.PersonalDataHolder;
import care.circles.privacy.control.PersonalRows;
import care.circles.privacy.entity.PersonalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A PA's profile: what it says, the usual week and time away. Erasure deletes it and takes it out of search at once. */
@ApplicationScoped
public class PaProfilePersonalData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Inject
    PaProfiles profiles;

    @Override
    public String title() {
        return "Your PA profile";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<PersonalRecord> recordsOf(Account person) {
        List<PersonalRecord> records = new ArrayList<>();
        for (Object[] p : PersonalRows.of(em, "SELECT p.id, p.display_name, pl.name, p.hourly_rate_pence, p.about_me, p.status,"
                + " p.published_at, p.updated_at, p.gender, p.has_car, p.has_driving_licence, p.travel_km, p.hours_wanted,"
                + " p.employment FROM pa_profile p JOIN place pl ON pl.id = p.place_id WHERE p.account_id = ?", person.id())) {
            long id = ((Number) p[0]).longValue();
            records.add(PersonalRecord.of("Profile")
                    .with("Name shown", p[1]).with("Town", p[2])
                    .with("Hourly rate (pence)", p[3]).with("About me", p[4]).with("Status", p[5])
                    .with("Published", p[6]).with("Last changed", p[7]).with("Gender", p[8])
                    .with("Has a car", p[9]).with("Has a driving licence", p[10]).with("Will travel (km)", p[11])
                    .with("Hours wanted a week", p[12]).with("Employment", p[13])
                    .with("Kinds of support", joined("SELECT skill FROM pa_profile_skill WHERE pa_profile_id = ?", id))
                    .with("Languages", joined("SELECT language FROM pa_profile_language WHERE pa_profile_id = ?", id))
                    .with("Usual week", joined("SELECT slot FROM pa_availability WHERE pa_profile_id = ?", id))
                    .with("Photo", exists("SELECT COUNT(*) FROM pa_photo WHERE pa_profile_id = ?", id)
                            ? "Yes (download it from your profile page)" : null)
                    .build());
            for (Object[] away : PersonalRows.of(em,
                    "SELECT first_day, last_day, note FROM pa_time_away WHERE pa_profile_id = ? ORDER BY first_day", id)) {
                records.add(PersonalRecord.of("Time away").with("From", away[0]).with("To", away[1]).with("Note", away[2]).build());
            }
        }
        return records;
    }

    private String joined(String sql, long profileId) {
        return String.join(", ", PersonalRows.of(em, sql, profileId).stream().map(r -> String.valueOf(r[0])).sorted().toList());
    }

    private boolean exists(String sql, long profileId) {
        return ((Number) PersonalRows.of(em, sql, profileId).get(0)[0]).longValue() > 0;
    }

    @Override
    public void erase(Account person) {
        if (person.role() == Role.PA) {
            profiles.delete(person);
        }
    }
}

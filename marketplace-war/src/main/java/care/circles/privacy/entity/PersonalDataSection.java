package care.circles.privacy.entity;

import java.util.List;

/**
 * One part of a person's data download.
 *
 * @param keptOnErasure what of this part is kept when the person's data is erased, and why;
 *                      null when everything goes
 */
public record PersonalDataSection(String title, List<PersonalRecord> records, String keptOnErasure) {

    public PersonalDataSection {
        records = List.copyOf(records);
    }
}

package care.circles.privacy.control;

import java.util.List;

import care.circles.account.entity.Account;
import care.circles.privacy.entity.PersonalRecord;

/**
 * A part of the marketplace that holds personal data: it lists what it holds about a person
 * for their download, and removes or pseudonymises it when they ask for erasure. Each business
 * component that keeps personal data has one; {@link PersonalData} finds them all.
 */
public interface PersonalDataHolder {

    /** The heading of this part of the download, like "Your PA profile". */
    String title();

    /** Where this part comes in the download (smaller first). */
    int order();

    List<PersonalRecord> recordsOf(Account person);

    /** What is kept on erasure and why (the law, other people's records), or null when nothing is. */
    default String keptOnErasure() {
        return null;
    }

    /** Removes or pseudonymises this part, inside the erasure's transaction. */
    void erase(Account person);
}

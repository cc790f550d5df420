package care.circles.files.control;

import care.circles.account.entity.Account;
import care.circles.files.entity.StoredFile;

/**
 * A component whose files belong to a group says who in the group may read them: an
 * organisation's accreditation evidence is for all its people, an ISF's receipts for its holder
 * and the person. The file store asks every one of these after its own rule (owner and council).
 */
public interface FileSharing {

    /** Whether this reader may read this file, besides its owner and council staff. */
    boolean allows(Account reader, StoredFile file);
}

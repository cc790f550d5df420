package care.circles.payments.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Entries, postings and overdraft flags are never changed once written: no code may try. */
class AppendOnlyTest {

    private static final Pattern CHANGES_THE_LEDGER = Pattern.compile(
            "(?i)(UPDATE\\s+(journal_entry|posting|ledger_overdraft|care_account_entry)\\b"
                    + "|DELETE\\s+FROM\\s+(journal_entry|posting|ledger_overdraft|care_account_entry)\\b)");

    @Test
    void noSourceUpdatesOrDeletesJournalEntriesPostingsOrCareAccountLines() throws IOException {
        List<Path> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            offenders = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> {
                        try {
                            return CHANGES_THE_LEDGER.matcher(Files.readString(path)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theCheckRecognisesAnUpdate() {
        assertEquals(true, CHANGES_THE_LEDGER.matcher("\"UPDATE posting SET amount_pence = 0\"").find());
        assertEquals(true, CHANGES_THE_LEDGER.matcher("delete from journal_entry").find());
        assertEquals(false, CHANGES_THE_LEDGER.matcher("UPDATE ledger_account SET balance_pence").find());
    }
}

package care.circles.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Financial records are kept (at least 7 years; erasure pseudonymises): nothing in the web
 * application deletes a row of money, cards, requests or who held an account.
 */
class FinancialRecordsAreKeptTest {

    static final Pattern DELETES_A_FINANCIAL_RECORD = Pattern.compile("(?i)DELETE\\s+FROM\\s+(ledger_account|journal_entry"
            + "|posting|ledger_overdraft|direct_payment_account|direct_payment_holder|payee|prepaid_card|card_authorization"
            + "|card_transaction|stripe_event|stripe_transfer|care_account_entry|payment_request)\\b");

    @Test
    void noSourceDeletesAFinancialRecord() throws IOException {
        List<Path> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            offenders = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> {
                        try {
                            return DELETES_A_FINANCIAL_RECORD.matcher(Files.readString(path)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theCheckRecognisesADelete() {
        assertTrue(DELETES_A_FINANCIAL_RECORD.matcher("\"delete from payment_request where id = ?\"").find());
    }
}

package care.circles.payment.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.circles.payment.entity.StatementPeriod;
import care.circles.payments.Money;
import care.circles.payments.directpayment.Statement;
import care.circles.payments.directpayment.StatementRow;

class StatementPdfTest {

    @Test
    void aStatementIsAPdfWithItsTitleAndLanguageSetForScreenReaders() {
        StatementPeriod period = new StatementPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        Statement statement = new Statement(period.from(), period.to(), Money.ofPence(100_00), List.of(
                new StatementRow(LocalDate.of(2026, 9, 3), "Jo D., PA: 20 hours", Money.ZERO, Money.ofPence(290_00),
                        Money.ofPence(-190_00))));

        String pdf = new String(StatementPdf.of(statement, period, "Pat Hughes", "Dorset Council"), StandardCharsets.ISO_8859_1);

        assertTrue(pdf.startsWith("%PDF-"));
        assertTrue(pdf.contains("/Title(Direct payment statement: 1 September 2026 to 30 September 2026)"), "title");
        assertTrue(pdf.contains("/Lang(en-GB)"), "language");
        assertTrue(pdf.contains("/DisplayDocTitle true"), "viewers show the title, not the file name");
    }
}

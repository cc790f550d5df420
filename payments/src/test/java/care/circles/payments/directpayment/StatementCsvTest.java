package care.circles.payments.directpayment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import care.circles.payments.Money;

class StatementCsvTest {

    private static Statement statementOf(StatementRow... rows) {
        return new Statement(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), Money.ZERO, List.of(rows));
    }

    @Test
    void writesAHeaderAndOneCrlfEndedRowPerLine() {
        String csv = StatementCsv.of(statementOf(
                new StatementRow(LocalDate.of(2025, 3, 3), "Direct payment", Money.ofPence(80_000), Money.ZERO,
                        Money.ofPence(80_000)),
                new StatementRow(LocalDate.of(2025, 3, 5), "Sam, PA", Money.ZERO, Money.ofPence(12_050),
                        Money.ofPence(67_950))));

        assertEquals("Date,Description,Money in,Money out,Balance\r\n"
                + "2025-03-03,Direct payment,800.00,,800.00\r\n"
                + "2025-03-05,\"Sam, PA\",,120.50,679.50\r\n", csv);
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("Plain words", "Plain words"),
                Arguments.of("Comma, here", "\"Comma, here\""),
                Arguments.of("A \"quoted\" word", "\"A \"\"quoted\"\" word\""),
                Arguments.of("=SUM(A1:A9)", "'=SUM(A1:A9)"),
                Arguments.of("+44 1305 221000", "'+44 1305 221000"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@cmd", "'@cmd"),
                Arguments.of("=HYPERLINK(\"http://x\"),go", "\"'=HYPERLINK(\"\"http://x\"\"),go\""));
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @MethodSource("cells")
    void quotesAsRfc4180AndDefusesFormulas(String description, String cell) {
        assertEquals(cell, StatementCsv.textCell(description));
    }

    @Test
    void quotesLineBreaksAndDefusesLeadingTabsAndCarriageReturns() {
        assertEquals("\"Two\nlines\"", StatementCsv.textCell("Two\nlines"));
        assertEquals("'\tTabbed", StatementCsv.textCell("\tTabbed"));
        assertEquals("\"'\rReturn\"", StatementCsv.textCell("\rReturn"));
    }

    @Test
    void leavesANegativeBalanceAsANumber() {
        String csv = StatementCsv.of(statementOf(new StatementRow(LocalDate.of(2025, 3, 9), "Card payment to Shop",
                Money.ZERO, Money.ofPence(320), Money.ofPence(-320))));
        assertEquals("2025-03-09,Card payment to Shop,,3.20,-3.20\r\n", csv.lines().skip(1).findFirst().orElseThrow() + "\r\n");
    }
}

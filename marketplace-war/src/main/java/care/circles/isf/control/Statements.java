package care.circles.isf.control;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import care.circles.account.entity.Account;
import care.circles.audit.control.AuditTrail;
import care.circles.isf.entity.Isf;
import care.circles.isf.entity.IsfRefused;
import care.circles.isf.entity.IssuedStatement;
import care.circles.isf.entity.Spend;
import care.circles.isf.entity.StatementFigures;
import care.circles.isf.entity.StatementView;
import care.circles.payments.Money;
import care.circles.payments.directpayment.StatementCsv;
import care.circles.platform.SpokenDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Monthly ISF statements: the holder issues one for each month once it has ended; the figures
 * are kept as issued. Statements read as a page, a PDF and a CSV, all from the same figures.
 */
@ApplicationScoped
public class Statements {

    private static final String LINE_END = "\r\n";

    @PersistenceContext
    EntityManager em;

    @Inject
    Isfs isfs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The month's figures as they stand now: what issuing would send. */
    public StatementFigures figures(Isf isf, YearMonth month) {
        return StatementFigures.of(isf, isfs.lines(isf.id()), month, isfs.outcomeWords(isf.id()));
    }

    /**
     * Issues the statement for a month that has ended; once issued it never changes, and
     * spending can no longer be dated in that month.
     */
    @Transactional
    public IssuedStatement issue(Account member, long isfId, YearMonth month) {
        Isf isf = isfs.lockedForHolder(member, isfId);
        if (!isf.isActive()) {
            throw new IsfRefused("Statements are issued for ISFs the council has confirmed.");
        }
        if (month == null || month.isBefore(isf.firstMonth()) || !month.isBefore(YearMonth.from(isfs.today()))) {
            throw new IsfRefused("A statement is issued once its month has ended, for a month since the ISF started.");
        }
        if (isfs.isIssued(isfId, month)) {
            throw new IsfRefused("The statement for " + Isfs.monthName(month) + " has been issued already.");
        }
        StatementFigures figures = figures(isf, month);
        IssuedStatement statement = new IssuedStatement(isfId, figures, member.id(), clock.instant());
        em.persist(statement);
        em.flush();
        audit.record(member.id(), "ISF_STATEMENT_ISSUED", Isfs.SUBJECT, isfId, Isfs.monthName(month) + ": opening "
                + figures.opening() + ", in " + figures.moneyIn() + ", spent " + figures.spent() + ", closing "
                + figures.closing());
        return statement;
    }

    /** An issued statement, for whoever may see its ISF. */
    public Optional<StatementView> view(Account viewer, long statementId) {
        IssuedStatement statement = em.find(IssuedStatement.class, statementId);
        if (statement == null) {
            return Optional.empty();
        }
        Isf isf = em.find(Isf.class, statement.isfId());
        isfs.requireViewer(viewer, isf);
        return Optional.of(new StatementView(statement, isf, isfs.holderNameAt(isf, statement.issuedAt()), figures(isf, statement.month())));
    }

    /** The statement as CSV (RFC 4180), text cells defused against spreadsheet formulas. */
    public String csv(StatementView view) {
        StatementFigures figures = view.figures();
        StringBuilder csv = new StringBuilder("Date,What,Supplier,Outcome,Amount").append(LINE_END);
        Map<Long, String> outcomes = isfs.outcomeWords(view.isf().id());
        csv.append(figures.month().atDay(1)).append(",Balance at the start of the month,,,")
                .append(view.statement().opening().toPlainPounds()).append(LINE_END);
        if (view.statement().moneyIn().isPositive()) {
            csv.append(view.isf().startDate()).append(",Annual budget paid in,,,")
                    .append(view.statement().moneyIn().toPlainPounds()).append(LINE_END);
        }
        for (Spend line : figures.lines()) {
            csv.append(line.spentOn()).append(',')
                    .append(StatementCsv.textCell(line.what())).append(',')
                    .append(StatementCsv.textCell(line.supplier())).append(',')
                    .append(StatementCsv.textCell(outcomes.getOrDefault(line.outcomeId(), ""))).append(',')
                    .append(line.amount().negate().toPlainPounds()).append(LINE_END);
        }
        csv.append(figures.month().atEndOfMonth()).append(",Balance at the end of the month,,,")
                .append(view.statement().closing().toPlainPounds()).append(LINE_END);
        return csv.toString();
    }

    /** The statement as a PDF, A4, for printing or sending on. */
    public byte[] pdf(StatementView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("ISF statement " + Isfs.monthName(view.statement().month()) + " for " + view.isf().personName());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            document.add(new Paragraph("Individual service fund statement: " + Isfs.monthName(view.statement().month()), title));
            document.add(new Paragraph("For " + view.isf().personName() + ", held by " + view.holderName()
                    + ". Issued on " + SpokenDate.of(view.statement().issuedAt().atZone(care.circles.platform.Platform.UK)
                    .toLocalDate()) + ".", body));
            document.add(new Paragraph(" "));
            PdfPTable totals = new PdfPTable(2);
            totals.setWidthPercentage(60);
            totals.setHorizontalAlignment(Element.ALIGN_LEFT);
            row(totals, "Balance at the start", view.statement().opening(), body);
            row(totals, "Money in", view.statement().moneyIn(), body);
            row(totals, "Spent", view.statement().spent(), body);
            row(totals, "Balance at the end", view.statement().closing(), heading);
            document.add(totals);
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Spending", heading));
            if (view.figures().lines().isEmpty()) {
                document.add(new Paragraph("No spending this month.", body));
            } else {
                PdfPTable lines = new PdfPTable(new float[] {2, 5, 4, 2});
                lines.setWidthPercentage(100);
                lines.setHeaderRows(1);
                for (String header : new String[] {"Date", "What", "Supplier", "Amount"}) {
                    lines.addCell(new PdfPCell(new Phrase(header, heading)));
                }
                for (Spend line : view.figures().lines()) {
                    lines.addCell(new Phrase(SpokenDate.of(line.spentOn()), body));
                    lines.addCell(new Phrase(line.what(), body));
                    lines.addCell(new Phrase(line.supplier(), body));
                    PdfPCell amount = new PdfPCell(new Phrase(line.amount().toString(), body));
                    amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    lines.addCell(amount);
                }
                document.add(lines);
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Spent on each outcome of the support plan", heading));
            for (Map.Entry<String, Money> outcome : view.figures().byOutcome().entrySet()) {
                document.add(new Paragraph(outcome.getKey() + ": " + outcome.getValue(), body));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the statement as a PDF", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, Money amount, Font font) {
        table.addCell(new Phrase(label, font));
        PdfPCell cell = new PdfPCell(new Phrase(amount.toString(), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }
}

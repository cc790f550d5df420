package care.circles.payment.boundary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import care.circles.payment.entity.StatementPeriod;
import care.circles.payments.Money;
import care.circles.payments.directpayment.Statement;
import care.circles.payments.directpayment.StatementRow;
import care.circles.platform.SpokenDate;

/**
 * A statement as a PDF for printing or sending on: the same lines, money in and out and
 * running balance as the page. Plain layout, real text (not an image), the document's title
 * and language set, so screen readers and search can read it.
 */
final class StatementPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

    private StatementPdf() {
    }

    /** @param holderName whose account it is, as the council recorded it */
    static byte[] of(Statement statement, StatementPeriod period, String holderName, String councilName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
        String title = "Direct payment statement: " + period.spoken();
        document.addTitle(title);
        document.addAuthor(councilName);
        document.addSubject("Direct payment account of " + holderName);
        document.addCreator("Circles");
        document.open();
        document.add(new Paragraph("Direct payment statement", TITLE));
        document.add(new Paragraph(holderName + ", from " + councilName, BODY));
        document.add(new Paragraph(period.spoken(), BODY));
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph("Balance on " + SpokenDate.of(period.from()) + ": " + statement.openingBalance(), BOLD));
        document.add(new Paragraph(" ", BODY));

        PdfPTable table = new PdfPTable(new float[] {2.2f, 5.6f, 1.6f, 1.6f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : new String[] {"Date", "Description", "Money in", "Money out", "Balance"}) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, BOLD));
            cell.setBackgroundColor(new Color(0xF3, 0xF2, 0xF1));
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (StatementRow row : statement.rows()) {
            table.addCell(cell(SpokenDate.of(row.date()), Element.ALIGN_LEFT));
            table.addCell(cell(row.description(), Element.ALIGN_LEFT));
            table.addCell(cell(amount(row.moneyIn()), Element.ALIGN_RIGHT));
            table.addCell(cell(amount(row.moneyOut()), Element.ALIGN_RIGHT));
            table.addCell(cell(row.balance().toString(), Element.ALIGN_RIGHT));
        }
        if (statement.rows().isEmpty()) {
            PdfPCell none = cell("No money went in or out in these dates.", Element.ALIGN_LEFT);
            none.setColspan(5);
            table.addCell(none);
        }
        document.add(table);
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph("Balance on " + SpokenDate.of(period.to()) + ": " + statement.closingBalance(), BOLD));
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static String amount(Money money) {
        return money.isZero() ? "" : money.toString();
    }
}

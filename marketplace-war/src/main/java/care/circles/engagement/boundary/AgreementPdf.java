package care.circles.engagement.boundary;

import java.awt.Color;
import java.io.IOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import care.circles.account.control.CurrentAccount;
import care.circles.engagement.control.Agreements;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.AgreementDocument;
import care.circles.platform.Council;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The agreement as a PDF to save or print (/engage/agreement-pdf?id=), with the same words as
 * the page. Only the two people in the agreement get it; anyone else is told it is not found.
 */
@WebServlet("/engage/agreement-pdf")
public class AgreementPdf extends HttpServlet {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

    @Inject
    Agreements agreements;

    @Inject
    CurrentAccount current;

    @Inject
    NamedParties parties;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    Council council;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Agreement agreement = current.get().flatMap(viewer -> PageRequest.id(request.getParameter("id"))
                .flatMap(id -> agreements.find(viewer, id))).orElse(null);
        if (agreement == null) {
            response.sendError(404);
            return;
        }
        AgreementDocument document = AgreementDocument.of(agreement, parties.holderOf(agreement), parties.paOf(agreement),
                parties.townOf(agreement), taxonomy.current(), agreements.today());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + AgreementDocument.fileName(agreement) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(pdf, response.getOutputStream());
            pdf.addTitle(document.title());
            pdf.open();
            pdf.add(new Paragraph(document.title(), TITLE));
            pdf.add(spaced(new Paragraph(document.lead(), BODY)));
            PdfPTable facts = new PdfPTable(new float[] {1, 2});
            facts.setWidthPercentage(100);
            for (AgreementDocument.Fact fact : document.facts()) {
                facts.addCell(cell(fact.label(), LABEL));
                facts.addCell(cell(fact.value(), BODY));
            }
            pdf.add(facts);
            for (AgreementDocument.Section section : document.sections()) {
                pdf.add(spaced(new Paragraph(section.heading(), HEADING)));
                for (String paragraph : section.paragraphs()) {
                    pdf.add(new Paragraph(paragraph, BODY));
                }
            }
            if (document.hasDuties()) {
                pdf.add(spaced(new Paragraph("Employer's checklist", HEADING)));
                for (AgreementDocument.Duty duty : document.duties()) {
                    pdf.add(new Paragraph((duty.done() ? "Done: " : "To do: ") + duty.duty().getLabel(), LABEL));
                    pdf.add(new Paragraph(duty.duty().getHint(), BODY));
                }
            }
            pdf.add(spaced(new Paragraph("Made on Circles, run for " + council.getName() + ".", BODY)));
        } catch (DocumentException e) {
            throw new IOException("Could not write the agreement as a PDF", e);
        } finally {
            pdf.close();
        }
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, font));
        cell.setPadding(6);
        cell.setBorderColor(new Color(0xB1, 0xB4, 0xB6));
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}

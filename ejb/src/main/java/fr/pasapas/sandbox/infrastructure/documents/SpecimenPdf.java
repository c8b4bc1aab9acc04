package fr.pasapas.sandbox.infrastructure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a sandbox document as an A4 PDF marked SPECIMEN on every page: a large diagonal watermark, and a band at
 * the top and at the bottom saying it is a fictitious document from the practice site. Standard fonts only (the
 * texts are ours, in French): the file stays small and needs nothing installed.
 */
public final class SpecimenPdf {

    static final String MARK = "SPECIMEN";
    static final String BAND = "SPECIMEN – document fictif, sans valeur · Pas-à-Pas, site d'entraînement";
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float HEADING = 14;
    private static final float LEADING = 1.45f;

    private SpecimenPdf() {
    }

    /**
     * @param title the document's title, printed first
     * @param lines its body: {@code # } starts a heading, an empty line is a space
     */
    public static byte[] render(String title, List<String> lines) {
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument pdf = new PDDocument()) {
            List<List<Line>> pages = paginate(layout(title, lines, regular, bold));
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(A4);
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    watermark(cs, bold);
                    band(cs, regular, A4.getHeight() - 30, i + 1, pages.size());
                    band(cs, regular, 20, i + 1, pages.size());
                    float y = A4.getHeight() - MARGIN - 20;
                    for (Line line : pages.get(i)) {
                        if (!line.text().isEmpty()) {
                            cs.beginText();
                            cs.setFont(line.font(), line.size());
                            cs.newLineAtOffset(MARGIN, y);
                            cs.showText(line.text());
                            cs.endText();
                        }
                        y -= line.size() * LEADING;
                    }
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(safe(title) + " (SPECIMEN)");
            info.setSubject("Document fictif du site d'entraînement Pas-à-Pas : sans valeur");
            info.setCreator("Pas-à-Pas");
            info.setCreationDate(Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw a SPECIMEN document", e);
        }
    }

    private record Line(String text, PDFont font, float size) {
    }

    private static List<Line> layout(String title, List<String> lines, PDFont regular, PDFont bold) throws IOException {
        List<Line> out = new ArrayList<>(wrap(safe(title), bold, HEADING + 4));
        out.add(new Line("", regular, SIZE));
        for (String raw : lines) {
            String text = safe(raw == null ? "" : raw);
            if (text.isBlank()) {
                out.add(new Line("", regular, SIZE));
            } else if (text.startsWith("# ")) {
                out.add(new Line("", regular, SIZE / 2));
                out.addAll(wrap(text.substring(2), bold, HEADING));
            } else {
                out.addAll(wrap(text, regular, SIZE));
            }
        }
        return out;
    }

    /** Cuts a line into lines that fit the page's width, at spaces. */
    private static List<Line> wrap(String text, PDFont font, float size) throws IOException {
        float width = A4.getWidth() - 2 * MARGIN;
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(new Line(current.toString(), font, size));
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(new Line(current.toString(), font, size));
        return lines;
    }

    private static List<List<Line>> paginate(List<Line> lines) {
        float room = A4.getHeight() - 2 * MARGIN - 40;
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float used = 0;
        for (Line line : lines) {
            float height = line.size() * LEADING;
            if (used + height > room && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(line);
            used += height;
        }
        pages.add(page);
        return pages;
    }

    private static void watermark(PDPageContentStream cs, PDFont bold) throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.12f);
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(faint);
        cs.setNonStrokingColor(0.7f, 0f, 0f);
        cs.beginText();
        cs.setFont(bold, 110);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(50), 110, 170));
        cs.showText(MARK);
        cs.endText();
        cs.restoreGraphicsState();
    }

    private static void band(PDPageContentStream cs, PDFont regular, float y, int page, int pages) throws IOException {
        cs.saveGraphicsState();
        cs.setNonStrokingColor(0.55f, 0f, 0f);
        cs.beginText();
        cs.setFont(regular, 8.5f);
        cs.newLineAtOffset(MARGIN, y);
        cs.showText(BAND + (pages > 1 ? " · page " + page + "/" + pages : ""));
        cs.endText();
        cs.restoreGraphicsState();
    }

    /** Keeps what the standard fonts can draw (WinAnsi: French letters, «», €, ’…); anything else becomes '?'. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\u202F' || c == '\u2009') {
                out.append(' ');
            } else if (c == '\u2010' || c == '\u2011') {
                out.append('-');
            } else if (c < 0x100 || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString().replace('\t', ' ');
    }
}

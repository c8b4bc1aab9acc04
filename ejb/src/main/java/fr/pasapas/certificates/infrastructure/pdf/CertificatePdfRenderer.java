package fr.pasapas.certificates.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;


import fr.pasapas.certificates.infrastructure.pdf.CertificateDocument.Competence;
import fr.pasapas.config.print.ScriptText;
import fr.pasapas.config.print.ScriptWriter;
import fr.pasapas.config.print.UnprintableTextException;
import fr.pasapas.config.print.VectorQrCode;
import fr.pasapas.certificates.infrastructure.pdf.TextFitting.Fitted;
import fr.pasapas.certificates.infrastructure.pdf.TextFitting.Stage;

/**
 * Renders a {@link CertificateDocument} as a one-page A4 landscape PDF.
 *
 * <p>Thread-safe and meant to be shared (one instance per application): the DejaVu Sans font files
 * are read from the classpath ({@code /fonts/}) once, in the constructor; every {@link #render}
 * call builds its own {@link PDDocument} and embeds only the glyphs it uses (font subset), which
 * keeps files at a few tens of kilobytes. Parsing a TrueType font costs about as much as drawing
 * the page, so parsed fonts are kept in a small pool and reused, each by one render at a time
 * (FontBox's {@code TrueTypeFont} is not thread-safe); no {@code ThreadLocal}, so nothing stays
 * attached to container threads after undeployment.
 *
 * <p>The QR code is drawn as vector rectangles (sharp at any zoom or print size). The URL is also a
 * clickable link. The output is deterministic apart from the PDF trailer /ID that PDFBox generates.
 */
public final class CertificatePdfRenderer {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    static final String TITLE = "Attestation de compétences numériques";
    static final String BRAND = "Pas-à-Pas";
    static final String COMPETENCES_LABEL =
            "Compétences (référentiel européen DigComp 2.2, traduction de travail)";

    private static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";

    // Geometry, in PDF points (1/72 inch). Page is 841.9 x 595.3.
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    private static final float OUTER_FRAME = 20f;
    private static final float INNER_FRAME = 25f;
    private static final float MARGIN = 70f;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = W - MARGIN;
    private static final float CONTENT_WIDTH = RIGHT - LEFT;
    private static final float QR_SIZE = 100f;
    private static final float QR_BOTTOM = 50f;
    private static final float QR_LEFT = RIGHT - QR_SIZE;
    /** Where the QR code is drawn (without its quiet zone, which is blank page). */
    static final PDRectangle QR_AREA = new PDRectangle(QR_LEFT, QR_BOTTOM, QR_SIZE, QR_SIZE);
    private static final float VERIFY_TEXT_WIDTH = 320f;
    private static final float SEPARATOR_Y = QR_BOTTOM + QR_SIZE + 16f;
    private static final float FLOW_TOP = H - 52f;
    private static final float FLOW_BOTTOM = SEPARATOR_Y + 14f;
    private static final float MIN_GAP = 16f;
    private static final float MAX_GAP = 40f;

    // Colours (RGB 0..1): a sober navy for structure, near-black for content, grey for labels.
    private static final float[] NAVY = rgb(0x1B, 0x36, 0x5D);
    private static final float[] INK = rgb(0x22, 0x22, 0x22);
    private static final float[] MUTED = rgb(0x5A, 0x62, 0x70);
    private static final float[] HAIRLINE = rgb(0xC5, 0xCE, 0xDA);
    private static final float[] BOX_FILL = rgb(0xF3, 0xF6, 0xFA);

    /** Parsed font pairs kept for reuse; beyond this many concurrent renders, extras are parsed and dropped. */
    private static final int POOL_SIZE = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

    private final byte[] regularFont;
    private final byte[] boldFont;
    private final BlockingQueue<FontPair> idleFonts = new ArrayBlockingQueue<>(POOL_SIZE);

    /** Reads and checks the embedded fonts; fails fast if they are missing or unreadable. */
    public CertificatePdfRenderer() {
        this.regularFont = readFont(REGULAR_FONT);
        this.boldFont = readFont(BOLD_FONT);
        release(parseFonts()); // proves both files parse, and warms the pool
    }

    /**
     * Renders the certificate.
     *
     * @return the PDF file content
     * @throws UnprintableTextException when no font (the bundled DejaVu Sans, then the machine's fonts, see
     *                                  {@link fr.pasapas.config.print.PrintFonts}) can print the learner's or the
     *                                  organisation's name: a certificate never shows "?" in a name
     * @throws UncheckedIOException if PDFBox fails to write the document (not expected in practice)
     */
    public byte[] render(CertificateDocument certificate) {
        Objects.requireNonNull(certificate, "certificate");
        FontPair fonts = idleFonts.poll();
        if (fonts == null) {
            fonts = parseFonts();
        }
        boolean reusable = false;
        try {
            byte[] pdf = render(certificate, fonts);
            reusable = true;
            return pdf;
        } finally {
            if (reusable) {
                release(fonts);
            } else {
                fonts.close(); // unknown state after a failure: do not reuse
            }
        }
    }

    private byte[] render(CertificateDocument certificate, FontPair fonts) {
        try (PDDocument pdf = new PDDocument()) {
            // the TrueTypeFont overload does not close the parsed font with the document: it goes back to the pool
            PDFont regular = PDType0Font.load(pdf, fonts.regular(), true);
            PDFont bold = PDType0Font.load(pdf, fonts.bold(), true);
            PDPage page = new PDPage(PAGE);
            Page drawn;
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                drawn = new Page(cs, regular, bold, new ScriptWriter(pdf), certificate);
                drawn.draw();
            }
            addLink(page, drawn.urlBox, certificate);
            addLink(page, QR_AREA, certificate);
            // Added last on purpose: PDFBox 3 tracks changes of objects attached to a document by walking
            // them, and a freshly loaded font carries the widths of all ~6,000 glyphs until it is subset.
            // Attaching the finished page once is measurably faster than attaching fonts one by one.
            pdf.addPage(page);
            describe(pdf, certificate);

            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + certificate.code(), e);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Document-level settings

    private static void describe(PDDocument pdf, CertificateDocument c) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(TITLE + " – " + c.learnerName().strip());
        info.setAuthor(BRAND);
        info.setSubject("Module « " + c.moduleTitle().strip() + " » du parcours « " + c.courseTitle().strip()
                + " », code de vérification " + c.code().strip());
        info.setKeywords("attestation, compétences numériques, DigComp 2.2, " + c.code().strip());
        info.setCreator(BRAND);
        GregorianCalendar noonUtc = GregorianCalendar.from(c.issuedOn().atTime(12, 0).atZone(ZoneOffset.UTC));
        info.setCreationDate(noonUtc);
        info.setModificationDate(noonUtc);

        pdf.getDocumentCatalog().setLanguage("fr-FR");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
    }

    private static void addLink(PDPage page, PDRectangle area, CertificateDocument c) throws IOException {
        if (area == null) {
            return;
        }
        PDActionURI action = new PDActionURI();
        action.setURI(c.verificationUrl().toASCIIString());
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.setBorderStyle(noBorder);
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    // ------------------------------------------------------------------------------------------
    // Page drawing

    /** One page being drawn: owns the content stream for the duration of one render call. */
    private static final class Page {
        private final PDPageContentStream cs;
        private final PDFont regular;
        private final PDFont bold;
        /** Names in any script: the font that has their glyphs (DejaVu Sans Bold, else an installed font). */
        private final ScriptWriter scripts;
        private final CertificateDocument c;
        private final VectorQrCode qr;
        /** Right edge of the verification text: clear of the QR code's quiet zone (4 modules). */
        private final float verifyRight;
        PDRectangle urlBox;

        Page(PDPageContentStream cs, PDFont regular, PDFont bold, ScriptWriter scripts, CertificateDocument c) {
            this.cs = cs;
            this.regular = regular;
            this.bold = bold;
            this.scripts = scripts;
            this.c = c;
            this.qr = VectorQrCode.of(c.verificationUrl().toASCIIString());
            this.verifyRight = QR_LEFT - Math.max(14f, qr.quietZone(QR_SIZE));
        }

        void draw() throws IOException {
            frame();
            flow();
            separator();
            float verificationLeft = verification();
            issuer(verificationLeft - 28f - LEFT);
            qrCode();
        }

        private void frame() throws IOException {
            stroke(NAVY, 1.6f);
            cs.addRect(OUTER_FRAME, OUTER_FRAME, W - 2 * OUTER_FRAME, H - 2 * OUTER_FRAME);
            cs.stroke();
            stroke(NAVY, 0.5f);
            cs.addRect(INNER_FRAME, INNER_FRAME, W - 2 * INNER_FRAME, H - 2 * INNER_FRAME);
            cs.stroke();
        }

        /** Upper part: blocks stacked top-down, the free height shared out as gaps between them. */
        private void flow() throws IOException {
            List<Block> blocks = new ArrayList<>();
            blocks.add(header());
            blocks.add(recipient());
            blocks.add(module());
            float fixed = 0;
            for (Block b : blocks) {
                fixed += b.height();
            }
            float available = FLOW_TOP - FLOW_BOTTOM;
            if (!c.competences().isEmpty()) {
                float budget = available - fixed - blocks.size() * MIN_GAP;
                blocks.add(competences(budget));
            }
            float total = 0;
            for (Block b : blocks) {
                total += b.height();
            }
            float free = Math.max(0, available - total);
            float gap = blocks.size() > 1 ? Math.min(MAX_GAP, free / (blocks.size() - 1)) : 0;
            float top = FLOW_TOP - (free - gap * (blocks.size() - 1)) / 2f;
            for (Block b : blocks) {
                b.draw(top);
                top -= b.height() + gap;
            }
        }

        private Block header() {
            Block b = new Block();
            b.brand(16f);
            b.space(18f);
            Fitted title = TextFitting.fit(TITLE, bold, CONTENT_WIDTH, new Stage(1, 28f, 16f));
            b.text(title, NAVY, 0f);
            b.space(16f);
            b.rule(110f, NAVY, 1f);
            return b;
        }

        private Block recipient() {
            Block b = new Block();
            b.text(List.of("Délivrée à"), regular, 12f, MUTED, 0f);
            b.space(9f);
            String name = ScriptText.clean(c.learnerName());
            b.text(TextFitting.fit(name, bold, measure(bold), CONTENT_WIDTH,
                    new Stage(1, 30f, 19f), new Stage(2, 21f, 14f), new Stage(3, 14f, 11f)), INK, 0.18f);
            return b;
        }

        private Block module() {
            Block b = new Block();
            b.text(List.of("pour avoir suivi le module"), regular, 12f, MUTED, 0f);
            b.space(9f);
            String title = TextFitting.clean(c.moduleTitle(), bold);
            b.text(TextFitting.fit(title, bold, CONTENT_WIDTH,
                    new Stage(1, 19f, 14f), new Stage(2, 16f, 12f), new Stage(3, 12f, 10f)), NAVY, 0.2f);
            b.space(11f);
            String course = "du parcours « " + TextFitting.clean(c.courseTitle(), regular) + " »";
            b.text(TextFitting.fit(course, regular, CONTENT_WIDTH,
                    new Stage(1, 12f, 10f), new Stage(2, 11f, 9f)), INK, 0.25f);
            if (c.estimatedMinutes() > 0) {
                b.space(9f);
                b.text(List.of("Durée estimée : " + FrenchFormats.duration(c.estimatedMinutes())),
                        regular, 11f, MUTED, 0f);
            }
            return b;
        }

        /** The competence list in a light box; shrinks, then cuts the list, to stay within budget. */
        private Block competences(float budget) {
            float minSize = 8.5f;
            for (float size = 10f; size > minSize; size -= 0.5f) {
                CompetenceRows rows = competenceRows(size, Integer.MAX_VALUE);
                if (rows.height() <= budget) {
                    return competenceBox(rows);
                }
            }
            CompetenceRows rows = competenceRows(minSize, Integer.MAX_VALUE);
            for (int max = c.competences().size() - 1; max >= 1 && rows.height() > budget; max--) {
                rows = competenceRows(minSize, max);
            }
            return competenceBox(rows);
        }

        /** Rows of the competence box at one font size, showing at most {@code maxShown} competences. */
        private CompetenceRows competenceRows(float size, int maxShown) {
            float pad = 11f;
            float boxMaxWidth = Math.min(CONTENT_WIDTH, 640f);
            float widestCode = 0;
            for (Competence k : c.competences()) {
                widestCode = Math.max(widestCode, TextFitting.width(bold, size, TextFitting.clean(k.code(), bold)));
            }
            // room for "2.3"-style codes, wider if a code carries more (e.g. a level), never more than a third
            float codeColumn = Math.min(boxMaxWidth / 3f, Math.max(size * 3.4f, widestCode + size * 1.2f));
            float nameWidth = boxMaxWidth - 2 * pad - codeColumn;
            Fitted labelFit = TextFitting.fit(COMPETENCES_LABEL, bold, boxMaxWidth - 2 * pad, new Stage(1, size, 6f));
            String label = labelFit.lines().get(0);
            float labelSize = labelFit.size();
            float contentWidth = TextFitting.width(bold, labelSize, label);
            List<String[]> rows = new ArrayList<>(); // {code, text}; code empty on continuation lines
            List<Competence> all = c.competences();
            int shown = Math.min(all.size(), maxShown);
            for (Competence k : all.subList(0, shown)) {
                List<String> lines = TextFitting.truncate(
                        TextFitting.wrap(TextFitting.clean(k.frenchName(), regular), regular, size, nameWidth),
                        2, regular, size, nameWidth);
                for (int i = 0; i < lines.size(); i++) {
                    String code = i == 0
                            ? TextFitting.ellipsize(TextFitting.clean(k.code(), bold), bold, size, codeColumn - size)
                            : "";
                    rows.add(new String[] {code, lines.get(i)});
                    contentWidth = Math.max(contentWidth, codeColumn + TextFitting.width(regular, size, lines.get(i)));
                }
            }
            if (shown < all.size()) {
                int left = all.size() - shown;
                String more = "… et " + left + (left > 1 ? " autres compétences" : " autre compétence")
                        + " (voir la page de vérification)";
                rows.add(new String[] {"", more});
                contentWidth = Math.max(contentWidth, codeColumn + TextFitting.width(regular, size, more));
            }
            float leading = size * 1.35f;
            float labelGap = size * 1.6f;
            float height = 2 * pad + capHeight(labelSize) + labelGap + (rows.size() - 1) * leading;
            float boxWidth = Math.min(boxMaxWidth, Math.max(420f, contentWidth + 2 * pad));
            return new CompetenceRows(label, labelSize, rows, size, leading, labelGap, pad, codeColumn,
                    boxWidth, height);
        }

        private Block competenceBox(CompetenceRows r) {
            Block b = new Block();
            float x = (W - r.boxWidth()) / 2f;
            b.custom(r.height(), top -> {
                cs.setNonStrokingColor(BOX_FILL[0], BOX_FILL[1], BOX_FILL[2]);
                stroke(HAIRLINE, 0.6f);
                cs.addRect(x, top - r.height(), r.boxWidth(), r.height());
                cs.fillAndStroke();
                float baseline = top - r.pad() - capHeight(r.labelSize());
                text(r.label(), bold, r.labelSize(), NAVY, x + r.pad(), baseline);
                baseline -= r.labelGap();
                for (String[] row : r.rows()) {
                    text(row[0], bold, r.size(), NAVY, x + r.pad(), baseline);
                    text(row[1], regular, r.size(), INK, x + r.pad() + r.codeColumn(), baseline);
                    baseline -= r.leading();
                }
            });
            return b;
        }

        private void separator() throws IOException {
            stroke(HAIRLINE, 0.6f);
            cs.moveTo(LEFT, SEPARATOR_Y);
            cs.lineTo(RIGHT, SEPARATOR_Y);
            cs.stroke();
        }

        /**
         * Bottom left: date and issuing organisation, vertically centred on the QR code. The
         * organisation follows "Délivrée par :" on the same line when it fits, else goes below it.
         */
        private void issuer(float maxWidth) throws IOException {
            float size = 11f;
            String date = "Le " + FrenchFormats.date(c.issuedOn());
            String prefix = "Délivrée par : ";
            float prefixWidth = TextFitting.width(regular, size, prefix);
            String name = ScriptText.clean(c.organisationName());
            boolean inline = width(bold, 10f, name) <= maxWidth - prefixWidth;
            Fitted org = inline
                    ? TextFitting.fit(name, bold, measure(bold), maxWidth - prefixWidth, new Stage(1, size, 10f))
                    : TextFitting.fit(name, bold, measure(bold), maxWidth, new Stage(1, size, 10f), new Stage(2, 10.5f, 9f),
                            new Stage(3, 9.5f, 8f));
            float dateToPrefix = 19f;
            float prefixToOrg = inline ? 0f : 15f;
            float orgLeading = org.size() * 1.3f;
            float height = capHeight(size) + dateToPrefix + prefixToOrg + (org.lines().size() - 1) * orgLeading;
            float baseline = QR_BOTTOM + QR_SIZE / 2f + height / 2f - capHeight(size);
            text(date, regular, size, INK, LEFT, baseline);
            baseline -= dateToPrefix;
            text(prefix.strip(), regular, size, MUTED, LEFT, baseline);
            baseline -= prefixToOrg;
            for (String line : org.lines()) {
                text(line, bold, org.size(), INK, inline ? LEFT + prefixWidth : LEFT, baseline);
                baseline -= orgLeading;
            }
        }

        /**
         * Bottom right: how to verify, right-aligned against the QR code and centred on it.
         *
         * @return the x of the leftmost glyph drawn
         */
        private float verification() throws IOException {
            float size = 10f;
            String heading = "Vérifier cette attestation :";
            Fitted url = TextFitting.fit(TextFitting.clean(c.verificationUrl().toString(), regular), regular,
                    VERIFY_TEXT_WIDTH, new Stage(1, 9f, 7.5f), new Stage(3, 8f, 6.5f));
            String codeLabel = "Code : ";
            float codeLabelWidth = TextFitting.width(regular, size, codeLabel);
            Fitted code = TextFitting.fit(TextFitting.clean(c.code(), bold), bold, VERIFY_TEXT_WIDTH - codeLabelWidth,
                    new Stage(1, size, 7f), new Stage(2, 7f, 6f));

            float headingToUrl = 15f;
            float urlLeading = url.size() * 1.35f;
            float urlToCode = 18f;
            float codeLeading = code.size() * 1.3f;
            float height = capHeight(size) + headingToUrl + (url.lines().size() - 1) * urlLeading
                    + urlToCode + (code.lines().size() - 1) * codeLeading;
            float baseline = QR_BOTTOM + QR_SIZE / 2f + height / 2f - capHeight(size);

            textRight(heading, bold, size, NAVY, verifyRight, baseline);
            baseline -= headingToUrl;
            float urlTop = baseline + url.size();
            float urlLeft = verifyRight;
            for (int i = 0; i < url.lines().size(); i++) {
                String line = url.lines().get(i);
                textRight(line, regular, url.size(), NAVY, verifyRight, baseline);
                urlLeft = Math.min(urlLeft, verifyRight - TextFitting.width(regular, url.size(), line));
                if (i < url.lines().size() - 1) {
                    baseline -= urlLeading;
                }
            }
            float urlBottom = baseline - url.size() * 0.3f;
            urlBox = new PDRectangle(urlLeft - 2f, urlBottom, verifyRight - urlLeft + 4f, urlTop - urlBottom);
            baseline -= urlToCode;
            float left = Math.min(urlLeft, verifyRight - TextFitting.width(bold, size, heading));
            for (int i = 0; i < code.lines().size(); i++) {
                String line = code.lines().get(i);
                float codeLeft = verifyRight - TextFitting.width(bold, code.size(), line);
                if (i == 0) {
                    textRight(codeLabel, regular, size, MUTED, codeLeft, baseline);
                    codeLeft -= codeLabelWidth;
                }
                text(line, bold, code.size(), INK, verifyRight - TextFitting.width(bold, code.size(), line),
                        baseline);
                left = Math.min(left, codeLeft);
                baseline -= codeLeading;
            }
            return left;
        }

        /** The QR code as filled vector rectangles (one per horizontal run of dark modules). */
        private void qrCode() throws IOException {
            qr.draw(cs, QR_LEFT, QR_BOTTOM, QR_SIZE);
        }

        // --- primitives

        private void text(String s, PDFont font, float size, float[] color, float x, float baseline)
                throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.setNonStrokingColor(color[0], color[1], color[2]);
            // Arabic joined, right-to-left runs in the order they are seen, a word DejaVu lacks in an installed font
            scripts.line(s, font).show(cs, size, x, baseline);
        }

        private void textRight(String s, PDFont font, float size, float[] color, float right, float baseline)
                throws IOException {
            text(s, font, size, color, right - width(font, size, s), baseline);
        }

        /** Width of a line as {@link #text} draws it (a name may mix fonts). */
        private float width(PDFont font, float size, String s) {
            return scripts.line(s, font).width(size);
        }

        private TextFitting.Measure measure(PDFont font) {
            return (s, size) -> width(font, size, s);
        }

        private void stroke(float[] color, float lineWidth) throws IOException {
            cs.setStrokingColor(color[0], color[1], color[2]);
            cs.setLineWidth(lineWidth);
        }

        /**
         * A vertical stack of centred elements. Height counts from the top of the first line's
         * capitals to the baseline of the last line, so gaps between blocks look even.
         */
        private final class Block {
            private final List<Element> elements = new ArrayList<>();

            void text(List<String> lines, PDFont font, float size, float[] color, float extraLeading) {
                text(new Fitted(lines, font, size), color, extraLeading);
            }

            void text(Fitted fitted, float[] color, float extraLeading) {
                float leading = fitted.size() * (1f + extraLeading);
                float height = capHeight(fitted.size()) + (fitted.lines().size() - 1) * leading;
                elements.add(new Element(height, top -> {
                    float baseline = top - capHeight(fitted.size());
                    for (String line : fitted.lines()) {
                        float w = width(fitted.font(), fitted.size(), line);
                        Page.this.text(line, fitted.font(), fitted.size(), color, (W - w) / 2f, baseline);
                        baseline -= leading;
                    }
                }));
            }

            /** The brand name between two short rules. */
            void brand(float size) {
                float height = capHeight(size);
                elements.add(new Element(height, top -> {
                    float w = TextFitting.width(bold, size, BRAND);
                    float baseline = top - capHeight(size);
                    Page.this.text(BRAND, bold, size, NAVY, (W - w) / 2f, baseline);
                    float y = baseline + capHeight(size) * 0.45f;
                    float ruleLength = 46f;
                    float spacing = 12f;
                    stroke(NAVY, 0.7f);
                    cs.moveTo((W - w) / 2f - spacing - ruleLength, y);
                    cs.lineTo((W - w) / 2f - spacing, y);
                    cs.moveTo((W + w) / 2f + spacing, y);
                    cs.lineTo((W + w) / 2f + spacing + ruleLength, y);
                    cs.stroke();
                }));
            }

            void space(float height) {
                elements.add(new Element(height, top -> { }));
            }

            void rule(float width, float[] color, float lineWidth) {
                elements.add(new Element(lineWidth, top -> {
                    stroke(color, lineWidth);
                    cs.moveTo((W - width) / 2f, top - lineWidth / 2f);
                    cs.lineTo((W + width) / 2f, top - lineWidth / 2f);
                    cs.stroke();
                }));
            }

            void custom(float height, Drawing drawing) {
                elements.add(new Element(height, drawing));
            }

            float height() {
                float h = 0;
                for (Element e : elements) {
                    h += e.height();
                }
                return h;
            }

            void draw(float top) throws IOException {
                for (Element e : elements) {
                    e.drawing().draw(top);
                    top -= e.height();
                }
            }
        }
    }

    private record Element(float height, Drawing drawing) {
    }

    /** The competence box, measured; height is from the box top to the box bottom. */
    private record CompetenceRows(String label, float labelSize, List<String[]> rows, float size, float leading,
                                  float labelGap, float pad, float codeColumn, float boxWidth, float height) {
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(float top) throws IOException;
    }

    // ------------------------------------------------------------------------------------------
    // Helpers

    /** DejaVu Sans capital height is 0.729 em. */
    private static float capHeight(float size) {
        return size * 0.729f;
    }

    /** A regular and a bold DejaVu Sans, parsed; used by one render at a time. */
    private record FontPair(TrueTypeFont regular, TrueTypeFont bold) {
        void close() {
            try {
                regular.close();
                bold.close();
            } catch (IOException e) {
                // in-memory fonts: nothing to recover
            }
        }
    }

    private FontPair parseFonts() {
        try {
            return new FontPair(parse(regularFont), parse(boldFont));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the certificate fonts", e);
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        // No glyph substitutions: PDFBox 3 would otherwise draw "fi" as the ligature glyph U+FB01, which
        // other PDF readers, copy-paste and recruiters' parsing software read back as "ﬁ" ("Vériﬁer",
        // and a broken URL when copied). Latin text needs no substitution.
        ttf.setEnableGsub(false);
        return ttf;
    }

    private void release(FontPair fonts) {
        if (!idleFonts.offer(fonts)) {
            fonts.close();
        }
    }

    private static byte[] readFont(String resource) {
        try (InputStream in = CertificatePdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }

    private static float[] rgb(int r, int g, int b) {
        return new float[] {r / 255f, g / 255f, b / 255f};
    }
}

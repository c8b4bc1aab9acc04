package fr.pasapas.certificates.infrastructure.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import fr.pasapas.config.print.ScriptText;
import fr.pasapas.config.print.ScriptWriter;
import org.apache.pdfbox.Loader;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

import fr.pasapas.certificates.infrastructure.pdf.CourseCertificateDocument.Skill;
import fr.pasapas.certificates.infrastructure.pdf.TextFitting.Fitted;
import fr.pasapas.certificates.infrastructure.pdf.TextFitting.Stage;
import fr.pasapas.config.print.VectorQrCode;

/**
 * Renders a {@link CourseCertificateDocument} as a one-page A4 landscape PDF meant to be PDF/A-2b: fonts embedded as
 * subsets (DejaVu Sans), an sRGB output intent (the JDK's sRGB ICC profile), XMP metadata that repeats the document
 * information (title, author, subject, keywords, dates) and declares part 2, conformance B, and links flagged
 * printable. No PDF/A validator is on Maven Central for this build (veraPDF is not available here), so conformance is
 * checked by the structural tests of this class only.
 *
 * <p>Layout: the brand and title, the learner's name, the course and its duration; then two columns, the modules and
 * practices done on the left and the competences with their DigComp level on the right; at the bottom the date, the
 * issuing organisation and the trainer on the left, the verification address, the code and the QR code on the
 * right. Lists that do not fit end with "… et N autres".
 *
 * <p>Thread-safe and meant to be shared: fonts are read once, parsed fonts are pooled and reused one render at a
 * time (as in {@link CertificatePdfRenderer}).
 */
public final class CourseCertificatePdfRenderer {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final String TITLE = "Attestation de parcours";
    static final String SUBTITLE = "Compétences numériques";
    static final String BRAND = "Pas-à-Pas";
    static final String SKILLS_LABEL = "Compétences acquises (DigComp 2.2, traduction de travail)";
    static final String MODULES_LABEL = "Modules suivis";
    static final String PRACTICES_LABEL = "Mises en pratique sur des sites d'entraînement";
    static final String LEVELS_NOTE = "Niveaux DigComp 2.2 : 1 et 2 fondamental, 3 intermédiaire (sur 8).";

    private static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";
    /** The JDK's sRGB ICC profile, deflated once: parsing or compressing it for every PDF costs as much as a page. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final byte[] SRGB_DEFLATED = deflate(SRGB);

    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    private static final float LEFT = 60f;
    private static final float RIGHT = W - 60f;
    private static final float QR_SIZE = 92f;
    private static final float QR_BOTTOM = 42f;
    private static final float QR_LEFT = RIGHT - QR_SIZE;
    /** Where the QR code is drawn (without its quiet zone). */
    static final PDRectangle QR_AREA = new PDRectangle(QR_LEFT, QR_BOTTOM, QR_SIZE, QR_SIZE);
    private static final float SEPARATOR_Y = QR_BOTTOM + QR_SIZE + 12f;
    private static final float COLUMNS_TOP = 336f;
    private static final float COLUMNS_BOTTOM = SEPARATOR_Y + 14f;
    private static final float COLUMN_GAP = 30f;
    private static final float LEFT_COLUMN_WIDTH = 330f;
    private static final float RIGHT_COLUMN_LEFT = LEFT + LEFT_COLUMN_WIDTH + COLUMN_GAP;

    private static final float[] NAVY = rgb(0x1B, 0x36, 0x5D);
    private static final float[] INK = rgb(0x22, 0x22, 0x22);
    private static final float[] MUTED = rgb(0x5A, 0x62, 0x70);
    private static final float[] HAIRLINE = rgb(0xC5, 0xCE, 0xDA);
    private static final float[] BOX_FILL = rgb(0xF3, 0xF6, 0xFA);

    private static final int POOL_SIZE = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

    /**
     * The characters of the Latin fonts: Latin, Latin-1, Latin Extended A and B, Latin Extended Additional
     * (Vietnamese), general punctuation and a few symbols. PDFBox builds the widths of every glyph of a font for each
     * document before subsetting it: DejaVu Sans has about 6,000 glyphs, these ranges about 900, which makes a
     * certificate several times cheaper to render. A document with any other character (a Cyrillic or Greek name)
     * is rendered with the whole fonts.
     */
    private static final int[][] LATIN_RANGES = {{0x20, 0x7E}, {0xA0, 0x24F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F},
        {0x20AC, 0x20AC}, {0x2122, 0x2122}, {0x2190, 0x2193}, {0x25CF, 0x25CF}};

    private final byte[] regularFont;
    private final byte[] boldFont;
    private final byte[] latinRegular;
    private final byte[] latinBold;
    private final java.util.Set<Integer> latinCharacters = new java.util.HashSet<>();
    private final BlockingQueue<TrueTypeFont[]> idleFonts = new ArrayBlockingQueue<>(POOL_SIZE);

    /** Reads and checks the embedded fonts; fails fast if they are missing or unreadable. */
    public CourseCertificatePdfRenderer() {
        this.regularFont = readFont(REGULAR_FONT);
        this.boldFont = readFont(BOLD_FONT);
        try {
            this.latinRegular = latin(regularFont, latinCharacters);
            this.latinBold = latin(boldFont, latinCharacters);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the Latin fonts", e);
        }
        release(parseFonts());
    }

    /** The font reduced to {@link #LATIN_RANGES}; adds to {@code kept} the characters both fonts can draw. */
    private static byte[] latin(byte[] font, java.util.Set<Integer> kept) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            org.apache.fontbox.ttf.CmapLookup cmap = ttf.getUnicodeCmapLookup();
            java.util.Set<Integer> drawable = new java.util.HashSet<>();
            for (int[] range : LATIN_RANGES) {
                for (int c = range[0]; c <= range[1]; c++) {
                    if (cmap.getGlyphId(c) != 0) {
                        drawable.add(c);
                    }
                }
            }
            if (kept.isEmpty()) {
                kept.addAll(drawable);
            } else {
                kept.retainAll(drawable);
            }
            org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(ttf);
            subsetter.addAll(drawable);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    /** Whether every character this certificate prints is in the Latin fonts. */
    private boolean latinOnly(CourseCertificateDocument c) {
        List<String> texts = new ArrayList<>(List.of(c.learnerName(), c.courseTitle(), c.organisationName(), c.code(),
                c.verificationUrl().toString(), c.trainerName() == null ? "" : c.trainerName()));
        texts.addAll(c.modules());
        texts.addAll(c.practices());
        c.skills().forEach(skill -> {
            texts.add(skill.code());
            texts.add(skill.frenchName());
        });
        return texts.stream().allMatch(text -> java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .codePoints().allMatch(cp -> latinCharacters.contains(cp) || Character.isWhitespace(cp)
                        || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.NON_SPACING_MARK));
    }

    /** The certificate as a PDF file. */
    public byte[] render(CourseCertificateDocument certificate) {
        Objects.requireNonNull(certificate, "certificate");
        if (!latinOnly(certificate)) {
            TrueTypeFont[] whole = parseFonts(regularFont, boldFont);
            try {
                return render(certificate, whole);
            } finally {
                closeQuietly(whole);
            }
        }
        TrueTypeFont[] fonts = idleFonts.poll();
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
                closeQuietly(fonts); // unknown state after a failure: do not reuse
            }
        }
    }

    /**
     * Renders several certificates into one PDF, one certificate per page, written to {@code out} (a workshop's
     * certificates printed at once). Each page is rendered alone, then imported with its own font subsets.
     */
    public void renderAll(List<CourseCertificateDocument> certificates, String title, OutputStream out) {
        List<PDDocument> parts = new ArrayList<>();
        try (PDDocument merged = new PDDocument()) {
            for (CourseCertificateDocument c : certificates) {
                PDDocument part = Loader.loadPDF(render(c));
                parts.add(part);
                merged.importPage(part.getPage(0));
            }
            describe(merged, title, "Attestations de parcours", "attestation, compétences numériques, DigComp 2.2",
                    certificates.isEmpty() ? java.time.LocalDate.now(ZoneOffset.UTC) : certificates.get(0).issuedOn());
            merged.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the certificates", e);
        } finally {
            for (PDDocument part : parts) {
                try {
                    part.close();
                } catch (IOException e) {
                    // in memory: nothing to recover
                }
            }
        }
    }

    private byte[] render(CourseCertificateDocument certificate, TrueTypeFont[] fonts) {
        try (PDDocument pdf = new PDDocument()) {
            PDFont regular = PDType0Font.load(pdf, fonts[0], true);
            PDFont bold = PDType0Font.load(pdf, fonts[1], true);
            PDPage page = new PDPage(PAGE);
            Page drawn;
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                drawn = new Page(cs, regular, bold, new ScriptWriter(pdf), certificate);
                drawn.draw();
            }
            addLink(page, drawn.urlBox, certificate);
            addLink(page, QR_AREA, certificate);
            describe(pdf, TITLE + " – " + certificate.learnerName().strip(),
                    "Parcours « " + certificate.courseTitle().strip() + " », code de vérification "
                            + certificate.code().strip(),
                    "attestation, compétences numériques, DigComp 2.2, " + certificate.code().strip(),
                    certificate.issuedOn());
            // Last, after the catalogue entries: PDFBox 3 walks the objects reachable from what is attached to the
            // document, and a freshly loaded font carries the widths of all ~6,000 glyphs until it is subset.
            // Attaching the finished page once, after everything else, walks them once.
            pdf.addPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream(40 * 1024);
            pdf.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + certificate.code(), e);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Document-level settings: information, XMP, output intent

    private static void describe(PDDocument pdf, String title, String subject, String keywords,
                                 java.time.LocalDate day) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(BRAND);
        info.setSubject(subject);
        info.setKeywords(keywords);
        info.setCreator(BRAND);
        info.setProducer(BRAND);
        GregorianCalendar noonUtc = GregorianCalendar.from(day.atTime(12, 0).atZone(ZoneOffset.UTC));
        info.setCreationDate(noonUtc);
        info.setModificationDate(noonUtc);

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage("fr-FR");
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(title, subject, keywords,
                day.atTime(12, 0).atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        catalog.setMetadata(metadata);
        COSStream profile = pdf.getDocument().createCOSStream();
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        profile.setInt(COSName.N, 3);
        try (OutputStream raw = profile.createRawOutputStream()) {
            raw.write(SRGB_DEFLATED);
        }
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        PDOutputIntent intent = new PDOutputIntent(dictionary);
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /** XMP metadata repeating the document information, with the PDF/A-2b identification. */
    static byte[] xmp(String title, String subject, String keywords, String date) {
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + BRAND + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>\n"
                + "<pdf:Keywords>" + escape(keywords) + "</pdf:Keywords>\n"
                + "<pdf:Producer>" + BRAND + "</pdf:Producer>\n"
                + "<xmp:CreatorTool>" + BRAND + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deflate(byte[] data) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(out, deflater)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void addLink(PDPage page, PDRectangle area, CourseCertificateDocument c) throws IOException {
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
        link.setPrinted(true); // PDF/A: annotations are printable
        page.getAnnotations().add(link);
    }

    // ------------------------------------------------------------------------------------------
    // Page drawing

    private static final class Page {
        private final PDPageContentStream cs;
        private final PDFont regular;
        private final PDFont bold;
        private final CourseCertificateDocument c;
        /** Person's and organisation's names: Arabic joined, right-to-left in visual order, other scripts in an installed font. */
        private final ScriptWriter scripts;
        private final VectorQrCode qr;
        private final float verifyRight;
        PDRectangle urlBox;

        Page(PDPageContentStream cs, PDFont regular, PDFont bold, ScriptWriter scripts, CourseCertificateDocument c) {
            this.cs = cs;
            this.scripts = scripts;
            this.regular = regular;
            this.bold = bold;
            this.c = c;
            this.qr = VectorQrCode.of(c.verificationUrl().toASCIIString());
            this.verifyRight = QR_LEFT - Math.max(14f, qr.quietZone(QR_SIZE));
        }

        void draw() throws IOException {
            frame();
            header();
            drawLearnerName(c.learnerName(), 412f);
            course();
            leftColumn();
            rightColumn();
            stroke(HAIRLINE, 0.6f);
            cs.moveTo(LEFT, SEPARATOR_Y);
            cs.lineTo(RIGHT, SEPARATOR_Y);
            cs.stroke();
            float verificationLeft = verification();
            issuer(verificationLeft - 24f - LEFT);
            qr.draw(cs, QR_LEFT, QR_BOTTOM, QR_SIZE);
        }

        private void frame() throws IOException {
            stroke(NAVY, 1.6f);
            cs.addRect(20f, 20f, W - 40f, H - 40f);
            cs.stroke();
            stroke(NAVY, 0.5f);
            cs.addRect(25f, 25f, W - 50f, H - 50f);
            cs.stroke();
        }

        private void header() throws IOException {
            centred(BRAND, bold, 13f, NAVY, 540f);
            float w = TextFitting.width(bold, 13f, BRAND);
            stroke(NAVY, 0.7f);
            float y = 540f + 13f * 0.729f * 0.45f;
            cs.moveTo((W - w) / 2f - 58f, y);
            cs.lineTo((W - w) / 2f - 12f, y);
            cs.moveTo((W + w) / 2f + 12f, y);
            cs.lineTo((W + w) / 2f + 58f, y);
            cs.stroke();
            centred(TITLE, bold, 26f, NAVY, 500f);
            centred(SUBTITLE, regular, 12f, MUTED, 478f);
            centred("Décernée à", regular, 11f, MUTED, 446f);
        }

        /**
         * The learner's name, centred on one line, shrunk (26 down to 14 points) and then shortened with "…" to fit.
         * Every drawing of the learner's name goes through here, so that a shaping or bidi step for non-Latin names
         * has one place to be added.
         */
        private void drawLearnerName(String name, float baseline) throws IOException {
            Fitted fitted = TextFitting.fit(ScriptText.clean(name), bold, (t, size) -> scripts.line(t, bold).width(size),
                    RIGHT - LEFT, new Stage(1, 26f, 14f));
            String line = fitted.lines().get(0);
            ScriptWriter.PrintLine printed = scripts.line(line, bold);
            cs.setNonStrokingColor(INK[0], INK[1], INK[2]);
            printed.show(cs, fitted.size(), (W - printed.width(fitted.size())) / 2f, baseline);
        }

        private void course() throws IOException {
            String course = "pour le parcours « " + TextFitting.clean(c.courseTitle(), bold) + " »";
            Fitted fitted = TextFitting.fit(course, bold, RIGHT - LEFT, new Stage(1, 15f, 10f));
            centred(fitted.lines().get(0), bold, fitted.size(), NAVY, 384f);
            List<String> facts = new ArrayList<>();
            facts.add(c.modules().size() + (c.modules().size() > 1 ? " modules" : " module"));
            if (!c.practices().isEmpty()) {
                facts.add(c.practices().size() + (c.practices().size() > 1 ? " mises en pratique" : " mise en pratique"));
            }
            if (c.estimatedMinutes() > 0) {
                facts.add(FrenchFormats.duration(c.estimatedMinutes()) + " de formation");
            }
            centred(String.join(" · ", facts), regular, 10.5f, MUTED, 366f);
        }

        /** Modules, then practices, each line ellipsized; what does not fit is counted. */
        private void leftColumn() throws IOException {
            float size = 9.5f;
            float leading = size * 1.45f;
            int available = (int) ((COLUMNS_TOP - COLUMNS_BOTTOM - 2 * 22f) / leading);
            int practiceLines = c.practices().isEmpty() ? 0 : Math.min(c.practices().size(), Math.max(2, available / 3));
            int moduleLines = Math.max(1, available - practiceLines);
            float y = COLUMNS_TOP;
            y = list(MODULES_LABEL, c.modules(), moduleLines, y, size, leading);
            if (!c.practices().isEmpty()) {
                list(PRACTICES_LABEL, c.practices(), practiceLines, y - 8f, size, leading);
            }
        }

        private float list(String label, List<String> items, int maxLines, float top, float size, float leading)
                throws IOException {
            text(label, bold, 10.5f, NAVY, LEFT, top);
            float baseline = top - 18f;
            int shown = items.size() <= maxLines ? items.size() : Math.max(0, maxLines - 1);
            for (String item : items.subList(0, shown)) {
                String line = TextFitting.ellipsize(TextFitting.clean(item, regular), regular, size,
                        LEFT_COLUMN_WIDTH - 12f);
                text("•", regular, size, NAVY, LEFT, baseline);
                text(line, regular, size, INK, LEFT + 12f, baseline);
                baseline -= leading;
            }
            if (shown < items.size()) {
                int left = items.size() - shown;
                text("… et " + left + (left > 1 ? " autres" : " autre"), regular, size, MUTED, LEFT + 12f, baseline);
                baseline -= leading;
            }
            return baseline;
        }

        /** The competences in a box: code, name (up to 2 lines), level at the right. */
        private void rightColumn() throws IOException {
            if (c.skills().isEmpty()) {
                return;
            }
            float x = RIGHT_COLUMN_LEFT;
            float width = RIGHT - x;
            float pad = 10f;
            float size = 9f;
            float leading = size * 1.35f;
            float codeColumn = 26f;
            String levelWord = "Niveau 8";
            float levelWidth = TextFitting.width(bold, size, levelWord);
            float nameWidth = width - 2 * pad - codeColumn - levelWidth - 10f;
            float labelSize = TextFitting.fit(SKILLS_LABEL, bold, width - 2 * pad, new Stage(1, 10f, 7f)).size();
            float maxHeight = COLUMNS_TOP + 12f - COLUMNS_BOTTOM;
            float fixed = 2 * pad + 16f + 14f; // label and note
            int maxRows = (int) ((maxHeight - fixed) / leading);
            List<String[]> rows = new ArrayList<>();
            int shown = 0;
            for (Skill skill : c.skills()) {
                List<String> lines = TextFitting.truncate(TextFitting.wrap(TextFitting.clean(skill.frenchName(), regular),
                        regular, size, nameWidth), 2, regular, size, nameWidth);
                if (rows.size() + lines.size() > maxRows - (shown + 1 < c.skills().size() ? 1 : 0)) {
                    break;
                }
                for (int i = 0; i < lines.size(); i++) {
                    rows.add(new String[] {i == 0 ? TextFitting.clean(skill.code(), bold) : "", lines.get(i),
                            i == 0 ? "Niveau " + skill.level() : ""});
                }
                shown++;
            }
            if (shown < c.skills().size()) {
                int left = c.skills().size() - shown;
                rows.add(new String[] {"", "… et " + left + (left > 1 ? " autres compétences" : " autre compétence")
                        + " (voir la page de vérification)", ""});
            }
            float height = fixed + (rows.size() - 1) * leading + size;
            float top = COLUMNS_TOP + 12f;
            cs.setNonStrokingColor(BOX_FILL[0], BOX_FILL[1], BOX_FILL[2]);
            stroke(HAIRLINE, 0.6f);
            cs.addRect(x, top - height, width, height);
            cs.fillAndStroke();
            float baseline = top - pad - labelSize * 0.729f;
            text(SKILLS_LABEL, bold, labelSize, NAVY, x + pad, baseline);
            baseline -= 16f;
            for (String[] row : rows) {
                text(row[0], bold, size, NAVY, x + pad, baseline);
                text(row[1], regular, size, INK, x + pad + codeColumn, baseline);
                textRight(row[2], bold, size, NAVY, x + width - pad, baseline);
                baseline -= leading;
            }
            text(TextFitting.ellipsize(LEVELS_NOTE, regular, 7f, width - 2 * pad), regular, 7f, MUTED, x + pad,
                    baseline - 2f);
        }

        /** Bottom left: date, organisation, trainer, and the reissue if any. */
        private void issuer(float maxWidth) throws IOException {
            float size = 10.5f;
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"Le " + FrenchFormats.date(c.issuedOn()), ""});
            lines.add(new String[] {"Délivrée par : ", ScriptText.clean(c.organisationName())});
            if (c.trainerName() != null && !c.trainerName().isBlank()) {
                lines.add(new String[] {"Formateur ou formatrice : ", ScriptText.clean(c.trainerName())});
            }
            if (c.reissuedOn() != null) {
                lines.add(new String[] {"Réémise le " + FrenchFormats.date(c.reissuedOn()) + " (nom corrigé)", ""});
            }
            float leading = 17f;
            float height = (lines.size() - 1) * leading;
            float baseline = QR_BOTTOM + QR_SIZE / 2f + height / 2f - size * 0.36f;
            for (String[] line : lines) {
                text(line[0], regular, size, line[1].isEmpty() ? INK : MUTED, LEFT, baseline);
                if (!line[1].isEmpty()) {
                    float prefix = TextFitting.width(regular, size, line[0]);
                    text(TextFitting.ellipsize(line[1], bold, size, maxWidth - prefix), bold, size, INK, LEFT + prefix,
                            baseline);
                }
                baseline -= leading;
            }
        }

        /** Bottom right, against the QR code: how to verify, the address and the code; returns its left edge. */
        private float verification() throws IOException {
            float size = 9.5f;
            String heading = "Vérifier cette attestation :";
            Fitted url = TextFitting.fit(TextFitting.clean(c.verificationUrl().toString(), regular), regular, 300f,
                    new Stage(1, 8.5f, 7f), new Stage(3, 7.5f, 6f));
            String codeLabel = "Code : ";
            String code = TextFitting.clean(c.code(), bold);
            float urlLeading = url.size() * 1.35f;
            float height = 14f + (url.lines().size() - 1) * urlLeading + 16f;
            float baseline = QR_BOTTOM + QR_SIZE / 2f + height / 2f - size * 0.36f;
            textRight(heading, bold, size, NAVY, verifyRight, baseline);
            float left = verifyRight - TextFitting.width(bold, size, heading);
            baseline -= 14f;
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
            urlBox = new PDRectangle(urlLeft - 2f, baseline - url.size() * 0.3f, verifyRight - urlLeft + 4f,
                    urlTop - baseline + url.size() * 0.3f);
            baseline -= 16f;
            float codeWidth = TextFitting.width(bold, size, code);
            textRight(codeLabel, regular, size, MUTED, verifyRight - codeWidth, baseline);
            textRight(code, bold, size, INK, verifyRight, baseline);
            left = Math.min(left, Math.min(urlLeft, verifyRight - codeWidth - TextFitting.width(regular, size, codeLabel)));
            return left;
        }

        // --- primitives

        private void centred(String s, PDFont font, float size, float[] color, float baseline) throws IOException {
            text(s, font, size, color, (W - scripts.line(s, font).width(size)) / 2f, baseline);
        }

        private void text(String s, PDFont font, float size, float[] color, float x, float baseline)
                throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.setNonStrokingColor(color[0], color[1], color[2]);
            scripts.line(s, font).show(cs, size, x, baseline);
        }

        private void textRight(String s, PDFont font, float size, float[] color, float right, float baseline)
                throws IOException {
            text(s, font, size, color, right - scripts.line(s, font).width(size), baseline);
        }

        private void stroke(float[] color, float lineWidth) throws IOException {
            cs.setStrokingColor(color[0], color[1], color[2]);
            cs.setLineWidth(lineWidth);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Fonts

    private TrueTypeFont[] parseFonts() {
        return parseFonts(latinRegular, latinBold);
    }

    private static TrueTypeFont[] parseFonts(byte[] regular, byte[] bold) {
        try {
            return new TrueTypeFont[] {parse(regular), parse(bold)};
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the certificate fonts", e);
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        ttf.setEnableGsub(false); // no "fi" ligature glyphs: copied text stays plain letters
        return ttf;
    }

    private void release(TrueTypeFont[] fonts) {
        if (!idleFonts.offer(fonts)) {
            closeQuietly(fonts);
        }
    }

    private static void closeQuietly(TrueTypeFont[] fonts) {
        for (TrueTypeFont font : fonts) {
            try {
                font.close();
            } catch (IOException e) {
                // in-memory fonts: nothing to recover
            }
        }
    }

    private static byte[] readFont(String resource) {
        try (InputStream in = CourseCertificatePdfRenderer.class.getResourceAsStream(resource)) {
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

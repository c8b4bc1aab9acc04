package fr.pasapas.certificates.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import fr.pasapas.certificates.infrastructure.pdf.CertificateDocument.Competence;
import fr.pasapas.config.print.UnprintableTextException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CertificatePdfRendererTest {

    /** One renderer for the whole class, as in production: it must be reusable and thread-safe. */
    private static final CertificatePdfRenderer RENDERER = new CertificatePdfRenderer();

    static final String NAME = "Zoë Nguyễn-Ørsted";
    static final String MODULE = "Prendre rendez-vous en ligne chez le médecin";
    static final String COURSE = "Santé et démarches en ligne";
    static final String ORGANISATION = "Espace France Services de Saint-Étienne";
    static final String CODE = "PAP-7K3Q-9XW2";
    static final URI URL = URI.create("https://pasapas.example.fr/attestations/verifier/PAP-7K3Q-9XW2");

    static CertificateDocument certificate(String learner, String module, List<Competence> competences, URI url) {
        return new CertificateDocument(learner, module, COURSE, competences, 20, LocalDate.of(2026, 11, 25),
                ORGANISATION, CODE, url);
    }

    static CertificateDocument certificate(String learner, String module) {
        return certificate(learner, module, List.of(
                new Competence("2.3", "Participer à la citoyenneté par les technologies numériques"),
                new Competence("5.2", "Identifier des besoins et des réponses technologiques")), URL);
    }

    static CertificateDocument sample() {
        return certificate(NAME, MODULE);
    }

    @Test
    void the_text_shows_the_learner_the_module_the_date_the_issuer_the_code_and_the_url() throws IOException {
        String text = flat(text(RENDERER.render(sample())));

        assertAll(
                () -> assertContains(text, "Attestation de compétences numériques"),
                () -> assertContains(text, "Pas-à-Pas"),
                () -> assertContains(text, "Délivrée à"),
                () -> assertContains(text, NAME),
                () -> assertContains(text, "pour avoir suivi le module"),
                () -> assertContains(text, MODULE),
                () -> assertContains(text, "du parcours « " + COURSE + " »"),
                () -> assertContains(text, "Durée estimée : 20 minutes"),
                () -> assertContains(text, "Compétences (référentiel européen DigComp 2.2, traduction de travail)"),
                () -> assertContains(text, "2.3"),
                () -> assertContains(text, "Participer à la citoyenneté par les technologies numériques"),
                () -> assertContains(text, "5.2"),
                () -> assertContains(text, "Identifier des besoins et des réponses technologiques"),
                () -> assertContains(text, "Le 25 novembre 2026"),
                () -> assertContains(text, "Délivrée par : " + ORGANISATION),
                () -> assertContains(text, "Vérifier cette attestation :"),
                () -> assertContains(text, URL.toString()),
                () -> assertContains(text, "Code : " + CODE));
    }

    @Test
    void the_duration_is_written_in_hours_and_minutes_from_one_hour() throws IOException {
        CertificateDocument c = sample();
        CertificateDocument longer = new CertificateDocument(c.learnerName(), c.moduleTitle(), c.courseTitle(),
                c.competences(), 95, c.issuedOn(), c.organisationName(), c.code(), c.verificationUrl());

        assertContains(text(RENDERER.render(longer)), "Durée estimée : 1 heure 35 minutes");
    }

    @Test
    void copied_text_has_plain_letters_not_typographic_ligatures() throws IOException {
        // "fi" drawn as the single ligature glyph U+FB01 would be copied, searched and parsed (by
        // recruiters' software, by a learner copying the URL) as "ﬁ": "Vériﬁer", "veriﬁcation"...
        // PDFTextStripper hides this by normalising, so look at the raw glyph mapping instead.
        URI url = URI.create("https://pasapas.example.fr/verification/certificats/PAP-7K3Q-9XW2");
        byte[] bytes = RENDERER.render(certificate(NAME, "Identifier un fichier officiel", List.of(), url));

        for (TextPosition glyph : glyphs(bytes)) {
            String unicode = glyph.getUnicode();
            assertTrue(unicode.codePoints().noneMatch(cp -> cp >= 0xFB00 && cp <= 0xFB4F),
                    () -> "ligature " + unicode + " at x=" + glyph.getX());
        }
    }

    @Test
    void the_document_is_a_single_a4_landscape_page() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(sample()))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(841.89f, box.getWidth(), 0.01f);
            assertEquals(595.28f, box.getHeight(), 0.01f);
            assertEquals(0, pdf.getPage(0).getRotation());
        }
    }

    @Test
    void every_font_is_embedded_as_a_subset_and_the_file_stays_small() throws IOException {
        byte[] bytes = RENDERER.render(sample());

        assertTrue(bytes.length < 100 * 1024, "PDF is " + bytes.length + " bytes");
        Pattern subsetName = Pattern.compile("[A-Z]{6}\\+DejaVuSans(-Bold)?");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDResources resources = pdf.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName key : resources.getFontNames()) {
                PDFont font = resources.getFont(key);
                names.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(subsetName.matcher(font.getName()).matches(), font.getName() + " is not a subset");
                PDType0Font type0 = (PDType0Font) font;
                assertTrue(type0.getDescendantFont().isEmbedded(), font.getName() + " descendant not embedded");
            }
            assertEquals(2, names.size(), "fonts: " + names);
        }
    }

    @Test
    void the_qr_code_is_drawn_as_vectors_not_as_an_image() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(sample()))) {
            assertFalse(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(),
                    "the page must not contain images");
        }
    }

    @ParameterizedTest(name = "at {0} dpi")
    @ValueSource(ints = {150, 200})
    void a_phone_can_scan_the_qr_code_back_to_the_exact_verification_url(int dpi) throws Exception {
        assertEquals(URL.toString(), decodeQrCode(RENDERER.render(sample()), dpi));
    }

    @Test
    void a_long_verification_url_still_gives_a_scannable_qr_code_and_wraps_inside_the_page() throws Exception {
        URI longUrl = URI.create("https://attestations.pas-a-pas.example.gouv.fr/verification/certificats/"
                + "2026/11/PAP-7K3Q-9XW2-ZZZZ-YYYY?source=qr&lang=fr&signature=abcdef0123456789abcdef0123456789");
        byte[] bytes = RENDERER.render(certificate(NAME, MODULE, sample().competences(), longUrl));

        assertEquals(longUrl.toString(), decodeQrCode(bytes, 150));
        assertGlyphsInsideFrameAndOffTheQrCode(bytes);
    }

    @Test
    void a_70_character_name_and_a_120_character_module_title_stay_inside_the_page() throws IOException {
        String name = "Marie-Clémentine Anne-Sophie Nguyễn-Ørsted de La Rochefoucauld-Aubigné";
        String module = ("Comprendre et remplir pas à pas sa déclaration de revenus en ligne sur le site "
                + "impots.gouv.fr avec son numéro fiscal et ses justificatifs").substring(0, 120);
        assertEquals(70, name.length());
        assertEquals(120, module.length());

        byte[] bytes = RENDERER.render(certificate(name, module));

        assertGlyphsInsideFrameAndOffTheQrCode(bytes);
        String text = flat(text(bytes));
        assertContains(text, name);
        assertContains(text, module);
    }

    @Test
    void an_absurdly_long_name_is_shortened_with_an_ellipsis_rather_than_overflowing() throws IOException {
        String name = "Wolfeschlegelsteinhausenbergerdorff ".repeat(12).strip();

        byte[] bytes = RENDERER.render(certificate(name, MODULE));

        assertGlyphsInsideFrameAndOffTheQrCode(bytes);
        assertContains(text(bytes), "…");
    }

    @Test
    void many_competences_are_shortened_to_fit_and_say_how_many_are_left_out() throws IOException {
        List<Competence> many = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> new Competence((i / 5 + 1) + "." + (i % 5 + 1),
                        "Protéger les données personnelles et la vie privée, compétence numéro " + i))
                .toList();

        byte[] bytes = RENDERER.render(certificate(NAME, MODULE, many, URL));

        assertGlyphsInsideFrameAndOffTheQrCode(bytes);
        assertTrue(Pattern.compile("… et \\d+ autres compétences").matcher(text(bytes)).find(), text(bytes));
    }

    @Test
    void the_sample_certificate_has_no_overlapping_text() throws IOException {
        assertGlyphsInsideFrameAndOffTheQrCode(RENDERER.render(sample()));
    }

    @Test
    void a_competence_code_that_carries_a_level_gets_a_wider_column_instead_of_overlapping() throws IOException {
        List<Competence> withLevels = List.of(
                new Competence("2.3 · niveau 2", "Participer à la citoyenneté par les technologies numériques"),
                new Competence("5.2 · niveau 1", "Identifier des besoins et des réponses technologiques"));

        byte[] bytes = RENDERER.render(certificate(NAME, MODULE, withLevels, URL));

        assertGlyphsInsideFrameAndOffTheQrCode(bytes);
        assertContains(flat(text(bytes)), "2.3 · niveau 2 Participer à la citoyenneté");
    }

    @Test
    void a_name_no_font_can_print_is_refused_instead_of_printed_with_a_question_mark() {
        // U+0378 is an unassigned code point: no font of any machine has a glyph for it
        UnprintableTextException refused = org.junit.jupiter.api.Assertions.assertThrows(UnprintableTextException.class,
                () -> RENDERER.render(certificate("Léa \u0378 Martin", MODULE)));

        assertContains(refused.getMessage(), "U+0378");
    }

    @Test
    void french_no_break_spaces_become_plain_spaces() throws IOException {
        String text = text(RENDERER.render(certificate("Jean\u202FDupont", "Payer\u00A0en ligne : les bases")));

        assertContains(text, "Jean Dupont");
        assertContains(text, "Payer en ligne : les bases");
    }

    @Test
    void decomposed_accents_are_drawn_as_single_letters() throws IOException {
        String decomposed = "Zoe\u0308 Nguye\u0302\u0303n"; // "Zoë Nguyễn" typed with combining marks

        assertContains(text(RENDERER.render(certificate(decomposed, MODULE))), "Zoë Nguyễn");
    }

    @Test
    void the_metadata_names_the_certificate_and_is_dated_at_noon_utc_on_the_issue_day() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(sample()))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Attestation de compétences numériques – " + NAME, info.getTitle());
            assertEquals("Pas-à-Pas", info.getAuthor());
            assertContains(info.getSubject(), MODULE);
            assertContains(info.getSubject(), CODE);
            assertEquals(Instant.parse("2026-11-25T12:00:00Z"), info.getCreationDate().toInstant());
            assertEquals("fr-FR", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void rendering_twice_gives_the_same_text_and_the_same_bytes_apart_from_the_pdf_id() throws IOException {
        byte[] first = RENDERER.render(sample());
        byte[] second = new CertificatePdfRenderer().render(sample());

        assertEquals(text(first), text(second));
        assertArrayEquals(withoutId(first), withoutId(second));
    }

    @Test
    void one_renderer_can_be_shared_by_several_threads() throws Exception {
        String expected = text(RENDERER.render(sample()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                results.add(pool.submit(() -> RENDERER.render(sample())));
            }
            for (Future<byte[]> result : results) {
                assertEquals(expected, text(result.get()));
            }
        } finally {
            pool.shutdown();
        }
    }

    // ------------------------------------------------------------------------------------------

    static String text(byte[] pdfBytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** The text with line breaks as plain spaces, so assertions do not depend on where lines wrap. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected «" + needle + "» in:\n" + haystack);
    }

    /** The trailer /ID is random by design (PDFBox derives it from the time); everything else is stable. */
    private static byte[] withoutId(byte[] pdf) {
        String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
        return latin1.replaceAll("/ID ?\\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\\]", "/ID[]")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static String decodeQrCode(byte[] pdfBytes, int dpi) throws IOException {
        BufferedImage image;
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            image = new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        // no TRY_HARDER hint: the code must be found the quick way, as a phone camera app does
        try {
            Result result = new QRCodeReader().decode(bitmap);
            return result.getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return fail("no readable QR code on the page rendered at " + dpi + " dpi: " + e);
        }
    }

    /** Every glyph drawn on the page, with its position, as the text extraction sees it. */
    static List<TextPosition> glyphs(byte[] pdfBytes) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                glyphs.addAll(positions);
                super.writeString(text, positions);
            }
        };
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            assertEquals(CertificatePdfRenderer.PAGE.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.01f);
            collector.getText(pdf);
        }
        return glyphs;
    }

    /**
     * Every glyph lies inside the inner frame and none covers the QR code (or its quiet zone), so
     * long texts wrap or shrink instead of running off the page or into the code.
     */
    static void assertGlyphsInsideFrameAndOffTheQrCode(byte[] pdfBytes) throws IOException {
        List<TextPosition> glyphs = glyphs(pdfBytes);
        PDRectangle page = CertificatePdfRenderer.PAGE;
        assertFalse(glyphs.isEmpty());
        float inset = 25f; // inner frame line
        Rectangle2D inside = new Rectangle2D.Float(inset, inset, page.getWidth() - 2 * inset,
                page.getHeight() - 2 * inset);
        PDRectangle qr = CertificatePdfRenderer.QR_AREA;
        float quiet = 8f;
        // TextPosition works top-down: y is the baseline measured from the top of the page
        Rectangle2D qrZone = new Rectangle2D.Float(qr.getLowerLeftX() - quiet,
                page.getHeight() - qr.getUpperRightY() - quiet, qr.getWidth() + 2 * quiet, qr.getHeight() + 2 * quiet);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (TextPosition g : glyphs) {
            Rectangle2D box = new Rectangle2D.Float(g.getXDirAdj(), g.getYDirAdj() - g.getHeightDir(),
                    g.getWidthDirAdj(), g.getHeightDir());
            assertTrue(inside.contains(box), () -> "glyph '" + g.getUnicode() + "' at " + box + " outside " + inside);
            assertFalse(qrZone.intersects(box), () -> "glyph '" + g.getUnicode() + "' at " + box + " on the QR code");
            boxes.add(box);
        }
        // no two glyphs overlap (0.5 pt tolerance for kerning and rounding)
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D a = shrink(boxes.get(i), 0.5f);
            for (int j = i + 1; j < boxes.size(); j++) {
                if (a.intersects(shrink(boxes.get(j), 0.5f))) {
                    fail("glyphs '" + glyphs.get(i).getUnicode() + "' " + boxes.get(i) + " and '"
                            + glyphs.get(j).getUnicode() + "' " + boxes.get(j) + " overlap");
                }
            }
        }
    }

    private static Rectangle2D shrink(Rectangle2D r, float by) {
        return new Rectangle2D.Double(r.getX() + by, r.getY() + by, Math.max(0, r.getWidth() - 2 * by),
                Math.max(0, r.getHeight() - 2 * by));
    }
}

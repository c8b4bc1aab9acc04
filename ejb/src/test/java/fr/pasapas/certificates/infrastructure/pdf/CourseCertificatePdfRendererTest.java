package fr.pasapas.certificates.infrastructure.pdf;

import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.assertContains;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.decodeQrCode;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.flat;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.glyphs;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.pasapas.certificates.infrastructure.pdf.CourseCertificateDocument.Skill;

/**
 * Golden tests of the course certificate: what a reader, an employer's scanner and an archive see in the file.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CourseCertificatePdfRendererTest {

    static final CourseCertificatePdfRenderer RENDERER = new CourseCertificatePdfRenderer();

    static final String NAME = "Zoë Nguyễn-Ørsted";
    static final String COURSE = "Les démarches en ligne";
    static final URI URL = URI.create("https://pasapas.example.fr/verify/K7PM-3XQ9-TR2W");

    static CourseCertificateDocument sample() {
        return sample(NAME, List.of("La CAF en ligne", "Les impôts en ligne", "Ameli, l'Assurance maladie",
                "France Travail", "Papiers d'identité et carte grise (ANTS)"), null);
    }

    static CourseCertificateDocument sample(String name, List<String> modules, LocalDate reissuedOn) {
        return new CourseCertificateDocument(name, COURSE, modules,
                List.of("Se connecter à la CAF (avec des indices)", "Créer son espace impots.gouv.fr (en autonomie)"),
                List.of(new Skill("2.3", "Participer à la citoyenneté par les technologies numériques", 2),
                        new Skill("2.6", "Gérer son identité numérique", 2),
                        new Skill("4.2", "Protéger les données personnelles et la vie privée", 3)),
                100, LocalDate.of(2026, 12, 1), reissuedOn, "Espace France Services de Saint-Étienne",
                "Karim Benali", "K7PM-3XQ9-TR2W", URL);
    }

    @Test
    void the_text_holds_every_field_of_the_certificate() throws IOException {
        String text = flat(text(RENDERER.render(sample())));

        assertContains(text, "Attestation de parcours");
        assertContains(text, NAME);
        assertContains(text, "pour le parcours « Les démarches en ligne »");
        assertContains(text, "5 modules · 2 mises en pratique · 1 heure 40 minutes de formation");
        assertContains(text, "Modules suivis");
        assertContains(text, "Ameli, l'Assurance maladie");
        assertContains(text, "Papiers d'identité et carte grise (ANTS)");
        assertContains(text, "Se connecter à la CAF (avec des indices)");
        assertContains(text, "Compétences acquises (DigComp 2.2, traduction de travail)");
        assertContains(text, "2.6 Gérer son identité numérique Niveau 2");
        assertContains(text, "4.2 Protéger les données personnelles et la vie privée Niveau 3");
        assertContains(text, "Le 1er décembre 2026");
        assertContains(text, "Délivrée par : Espace France Services de Saint-Étienne");
        assertContains(text, "Formateur ou formatrice : Karim Benali");
        assertContains(text, "Code : K7PM-3XQ9-TR2W");
        assertContains(text, URL.toString());
        assertFalse(text.contains("Réémise"), "never reissued");
    }

    @Test
    void a_reissued_certificate_says_when_it_was_reissued() throws IOException {
        String text = flat(text(RENDERER.render(sample("Zoé Nguyen", sample().modules(), LocalDate.of(2027, 1, 15)))));

        assertContains(text, "Zoé Nguyen");
        assertContains(text, "Réémise le 15 janvier 2027 (nom corrigé)");
        assertContains(text, "Le 1er décembre 2026");
    }

    @Test
    void the_document_is_one_a4_landscape_page_with_embedded_font_subsets_under_60_kb() throws IOException {
        byte[] bytes = RENDERER.render(sample());

        assertTrue(bytes.length <= 60 * 1024, "PDF is " + bytes.length + " bytes");
        Pattern subsetName = Pattern.compile("[A-Z]{6}\\+DejaVuSans(-Bold)?");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 0.01f);
            assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 0.01f);
            PDResources resources = pdf.getPage(0).getResources();
            int fonts = 0;
            for (COSName key : resources.getFontNames()) {
                PDFont font = resources.getFont(key);
                fonts++;
                assertTrue(subsetName.matcher(font.getName()).matches(), font.getName() + " is not a subset");
                assertTrue(((PDType0Font) font).getDescendantFont().isEmbedded(), font.getName() + " not embedded");
            }
            assertEquals(2, fonts);
            assertFalse(resources.getXObjectNames().iterator().hasNext(), "no image: the QR code is vectors");
        }
    }

    @ParameterizedTest(name = "at {0} dpi")
    @ValueSource(ints = {150, 200})
    void the_qr_code_decodes_with_zxing_to_the_verification_address(int dpi) throws Exception {
        assertEquals(URL.toString(), decodeQrCode(RENDERER.render(sample()), dpi));
    }

    @Test
    void the_metadata_and_the_xmp_name_the_certificate_and_declare_pdf_a_2b_with_an_srgb_output_intent()
            throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(sample()))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Attestation de parcours – " + NAME, info.getTitle());
            assertEquals("Pas-à-Pas", info.getAuthor());
            assertEquals("Parcours « Les démarches en ligne », code de vérification K7PM-3XQ9-TR2W", info.getSubject());
            assertTrue(info.getKeywords().contains("DigComp 2.2"), info.getKeywords());
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertEquals(List.of(2026, 11, 1, 12), List.of(created.get(Calendar.YEAR), created.get(Calendar.MONTH),
                    created.get(Calendar.DAY_OF_MONTH), created.get(Calendar.HOUR_OF_DAY)));
            assertEquals("fr-FR", pdf.getDocumentCatalog().getLanguage());

            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertContains(xmp, "<pdfaid:part>2</pdfaid:part>");
            assertContains(xmp, "<pdfaid:conformance>B</pdfaid:conformance>");
            assertContains(xmp, "Attestation de parcours – " + NAME);
            assertContains(xmp, "<xmp:CreateDate>2026-12-01T12:00:00Z</xmp:CreateDate>");

            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
            assertNotNull(intents.get(0).getDestOutputIntent(), "the ICC profile is embedded");
            for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
                assertTrue(annotation.isPrinted(), "PDF/A: every annotation is printable");
            }
        }
    }

    @Test
    void every_glyph_stays_inside_the_frame_off_the_qr_code_and_clear_of_the_others() throws IOException {
        assertLayout(RENDERER.render(sample()));
    }

    @Test
    void a_long_name_many_modules_and_long_titles_still_fit_the_page() throws IOException {
        List<String> modules = IntStream.rangeClosed(1, 14)
                .mapToObj(i -> "Module numéro " + i + " : un titre de module vraiment très long pour voir ce qui se passe")
                .toList();
        byte[] bytes = RENDERER.render(sample("Marie-Thérèse Anne-Sophie de La Rochefoucauld-Montmorency-Laval", modules,
                LocalDate.of(2027, 2, 1)));

        assertLayout(bytes);
        assertContains(flat(text(bytes)), "… et ");
    }

    @Test
    void a_workshop_pdf_has_one_certificate_per_page() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.renderAll(List.of(sample(), sample("Awa Diallo", sample().modules(), null)), "Atelier du mardi", out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, pdf.getNumberOfPages());
            assertEquals("Atelier du mardi", pdf.getDocumentInformation().getTitle());
        }
        String text = text(out.toByteArray());
        assertTrue(text.indexOf(NAME) < text.indexOf("Awa Diallo"), "in the order given");
    }

    @Test
    void a_name_in_a_script_the_bundled_font_lacks_prints_in_an_installed_font_or_is_refused_never_as_question_marks()
            throws IOException {
        CourseCertificateDocument chinese = sample("李小龍 Lee", sample().modules(), null);
        if (fr.pasapas.config.print.PrintFonts.shared().canPrint("李小龍")) {
            String text = flat(text(RENDERER.render(chinese)));
            assertContains(text, "李小龍 Lee");
            assertFalse(text.contains("?"), text);
        } else {
            org.junit.jupiter.api.Assertions.assertThrows(fr.pasapas.config.print.UnprintableTextException.class,
                    () -> RENDERER.render(chinese));
        }
    }

    @Test
    void an_arabic_name_is_drawn_joined_right_to_left_and_extracted_as_typed() throws IOException {
        byte[] pdf = RENDERER.render(sample("محمد حداد", sample().modules(), null));
        java.util.List<String> lines = text(pdf).lines().map(String::strip).toList();
        assertTrue(lines.contains("محمد حداد"), "a line holds exactly the name: " + lines);
        assertFalse(CertificateScriptsTest.drawn(pdf).contains("محمد"), "no unjoined letters drawn");
    }

    @Test
    void a_cyrillic_or_greek_name_is_drawn_with_the_whole_fonts_and_a_vietnamese_one_with_the_latin_ones()
            throws IOException {
        assertContains(flat(text(RENDERER.render(sample("Ольга Петрова", sample().modules(), null)))), "Ольга Петрова");
        assertContains(flat(text(RENDERER.render(sample("Αλέξανδρος Νικολάου", sample().modules(), null)))),
                "Αλέξανδρος Νικολάου");
        byte[] vietnamese = RENDERER.render(sample("Trần Thị Lan", sample().modules(), null));
        assertContains(flat(text(vietnamese)), "Trần Thị Lan");
        assertTrue(vietnamese.length <= 60 * 1024);
    }

    /** Every glyph inside the inner frame, none on the QR code or its quiet zone, no two overlapping. */
    static void assertLayout(byte[] pdfBytes) throws IOException {
        List<TextPosition> glyphs = glyphs(pdfBytes);
        PDRectangle page = CourseCertificatePdfRenderer.PAGE;
        Rectangle2D inside = new Rectangle2D.Float(25f, 25f, page.getWidth() - 50f, page.getHeight() - 50f);
        PDRectangle qr = CourseCertificatePdfRenderer.QR_AREA;
        Rectangle2D qrZone = new Rectangle2D.Float(qr.getLowerLeftX() - 8f, page.getHeight() - qr.getUpperRightY() - 8f,
                qr.getWidth() + 16f, qr.getHeight() + 16f);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (TextPosition g : glyphs) {
            Rectangle2D box = new Rectangle2D.Float(g.getXDirAdj(), g.getYDirAdj() - g.getHeightDir(),
                    g.getWidthDirAdj(), g.getHeightDir());
            assertTrue(inside.contains(box), () -> "glyph '" + g.getUnicode() + "' at " + box + " outside the frame");
            assertFalse(qrZone.intersects(box), () -> "glyph '" + g.getUnicode() + "' at " + box + " on the QR code");
            boxes.add(box);
        }
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D a = shrink(boxes.get(i));
            for (int j = i + 1; j < boxes.size(); j++) {
                if (a.intersects(shrink(boxes.get(j)))) {
                    fail("glyphs '" + glyphs.get(i).getUnicode() + "' " + boxes.get(i) + " and '"
                            + glyphs.get(j).getUnicode() + "' " + boxes.get(j) + " overlap");
                }
            }
        }
    }

    private static Rectangle2D shrink(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + 0.5, r.getY() + 0.5, Math.max(0, r.getWidth() - 1),
                Math.max(0, r.getHeight() - 1));
    }
}

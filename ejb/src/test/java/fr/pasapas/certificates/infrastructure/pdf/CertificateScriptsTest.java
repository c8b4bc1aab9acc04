package fr.pasapas.certificates.infrastructure.pdf;

import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.MODULE;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.URL;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.assertContains;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.assertGlyphsInsideFrameAndOffTheQrCode;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.certificate;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.decodeQrCode;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.flat;
import static fr.pasapas.certificates.infrastructure.pdf.CertificatePdfRendererTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.pasapas.config.print.PrintFonts;
import fr.pasapas.config.print.UnprintableTextException;

/**
 * Golden tests of names in every script on generated certificates: what a reader copies or a search engine reads
 * (the extracted text), what is drawn (the glyphs, never .notdef), how fonts are embedded, and the QR code.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CertificateScriptsTest {

    private static final CertificatePdfRenderer RENDERER = new CertificatePdfRenderer();
    private static final Pattern SUBSET = Pattern.compile("[A-Z]{6}\\+.+");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Nguyễn Văn Minh", "Œdipe Ångström", "Ærøskøbing Łukasz Żółć Şükrü Çağrı", "Αλέξανδρος Παπαδόπουλος",
        "Фатима Алиева", "Наталья Щербакова-Ёлкина", "محمد حداد", "Trần Thị Thu Hương"})
    void a_name_in_latin_greek_cyrillic_or_arabic_reads_back_exactly_as_typed(String name) throws IOException {
        byte[] pdf = RENDERER.render(certificate(name, MODULE));

        assertContains(flat(text(pdf)), name);
        assertNoMissingGlyph(pdf);
        assertGlyphsInsideFrameAndOffTheQrCode(pdf);
        assertEquals(URL.toString(), decodeQrCode(pdf, 150));
    }

    @Test
    void an_arabic_name_is_drawn_with_joined_letters_right_to_left_and_extracted_in_the_order_it_is_read()
            throws IOException {
        byte[] pdf = RENDERER.render(certificate("محمد حداد", MODULE));

        // extraction (PDFBox normalises presentation forms and undoes the visual order) gives the name as typed
        List<String> lines = text(pdf).lines().map(String::strip).toList();
        assertTrue(lines.contains("محمد حداد"), "a line holds exactly the name: " + lines);
        // what is drawn, left to right: the joined forms, the second word first, each word from its last letter
        assertContains(hex(drawn(pdf)), hex("\uFEA9\uFE8D\uFEAA\uFEA3 \uFEAA\uFEE4\uFEA4\uFEE3"));
        assertFalse(drawn(pdf).contains("محمد"), "no unjoined letters drawn");
    }

    @Test
    void in_a_mixed_arabic_latin_and_digits_name_the_arabic_word_is_read_first_from_the_right() throws IOException {
        byte[] pdf = RENDERER.render(certificate("محمد Haddad 42", MODULE));

        List<TextPosition> glyphs = CertificatePdfRendererTest.glyphs(pdf);
        float meemInitial = x(glyphs, "\uFEE3"); // the first letter typed
        float dalFinal = x(glyphs, "\uFEAA");
        float h = x(glyphs, "H");
        float four = x(glyphs, "4");
        assertTrue(h < four && four < dalFinal && dalFinal < meemInitial,
                "seen from the left: Haddad 42, then محمد ending with its first letter at the right");
        String text = flat(text(pdf));
        assertContains(text, "Haddad 42");
        assertContains(text, "محمد");
    }

    @Test
    void fonts_are_embedded_subsets_and_a_latin_certificate_stays_under_60_kb() throws IOException {
        byte[] latin = RENDERER.render(certificate("Nguyễn Văn Minh", MODULE));
        byte[] arabic = RENDERER.render(certificate("محمد حداد", MODULE));

        assertTrue(latin.length <= 60 * 1024, "Latin certificate is " + latin.length + " bytes");
        assertTrue(arabic.length <= 60 * 1024, "Arabic certificate is " + arabic.length + " bytes");
        for (byte[] pdf : List.of(latin, arabic)) {
            List<String> fonts = fontNames(pdf);
            assertEquals(2, fonts.size(), "DejaVu Sans and its bold, nothing else: " + fonts);
            fonts.forEach(name -> assertTrue(SUBSET.matcher(name).matches(), name + " is not a subset"));
        }
    }

    @Test
    void the_organisation_name_may_be_arabic_too() throws IOException {
        CertificateDocument c = certificate("Фатима Алиева", MODULE);
        byte[] pdf = RENDERER.render(new CertificateDocument(c.learnerName(), c.moduleTitle(), c.courseTitle(),
                c.competences(), c.estimatedMinutes(), LocalDate.of(2026, 11, 25), "جمعية الأمل", c.code(),
                c.verificationUrl()));

        assertContains(flat(text(pdf)), "جمعية الأمل");
        assertNoMissingGlyph(pdf);
    }

    @Test
    void a_chinese_name_prints_in_an_installed_font_or_the_certificate_is_refused_never_with_a_question_mark()
            throws IOException {
        CertificateDocument chinese = certificate("李娜", MODULE, List.of(), URI.create("https://pasapas.example.fr/v/X"));
        if (!PrintFonts.shared().canPrint("李娜")) {
            assertThrows(UnprintableTextException.class, () -> RENDERER.render(chinese));
            return;
        }
        byte[] pdf = RENDERER.render(chinese);
        assertContains(flat(text(pdf)), "李娜");
        assertFalse(text(pdf).contains("?"));
        assertNoMissingGlyph(pdf);
        List<String> fonts = fontNames(pdf);
        assertEquals(3, fonts.size(), "DejaVu Sans, its bold, and one installed font for the name: " + fonts);
        fonts.forEach(name -> assertTrue(SUBSET.matcher(name).matches(), name + " is not a subset"));
    }

    /** Manual: {@code -Dpasapas.cert.bench=true} prints the render time by script of the name (docs/benchmarks.md). */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "pasapas.cert.bench", matches = "true")
    void measures_render_time_by_script() {
        for (String name : List.of("Zoë Nguyễn-Ørsted", "Фатима Алиева", "محمد حداد", "محمد Haddad 42", "李娜 Wang")) {
            if (!PrintFonts.shared().canPrint(name)) {
                continue;
            }
            CertificateDocument doc = certificate(name, MODULE);
            for (int i = 0; i < 300; i++) {
                RENDERER.render(doc); // warm-up (JIT)
            }
            int n = 200;
            double best = Double.MAX_VALUE;
            long bytes = 0;
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    bytes = RENDERER.render(doc).length;
                }
                best = Math.min(best, (System.nanoTime() - start) / 1e6 / n);
            }
            System.out.printf("%-20s best of 3 rounds: %.2f ms per PDF, %d bytes%n", name, best, bytes);
        }
    }

    // ------------------------------------------------------------------------------------------

    /** No glyph drawn is .notdef (glyph 0, the empty box) and no "?" stands for a character. */
    static void assertNoMissingGlyph(byte[] pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                try {
                    PDType0Font font = (PDType0Font) text.getFont();
                    for (int code : text.getCharacterCodes()) {
                        if (font.codeToGID(code) == 0) {
                            missing.add(text.getUnicode() + " in " + font.getName());
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                if ("?".equals(text.getUnicode())) {
                    missing.add("? at x=" + text.getX());
                }
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collector.getText(doc);
        }
        assertTrue(missing.isEmpty(), "missing glyphs: " + missing);
    }

    /** The characters drawn, in the order of the content stream (as showText received them). */
    static String drawn(byte[] pdf) throws IOException {
        StringBuilder drawn = new StringBuilder();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                drawn.append(text.getUnicode());
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collector.getText(doc);
        }
        return drawn.toString();
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName key : resources.getFontNames()) {
                PDFont font = resources.getFont(key);
                assertTrue(font.isEmbedded() && ((PDType0Font) font).getDescendantFont().isEmbedded(),
                        font.getName() + " is not embedded");
                names.add(font.getName());
            }
        }
        return names;
    }

    private static float x(List<TextPosition> glyphs, String unicode) {
        return glyphs.stream().filter(g -> g.getUnicode().equals(unicode)).findFirst()
                .orElseThrow(() -> new AssertionError("no glyph " + hex(unicode) + " drawn")).getX();
    }

    private static String hex(String s) {
        return s.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(" "));
    }
}

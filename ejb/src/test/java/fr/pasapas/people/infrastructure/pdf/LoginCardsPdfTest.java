package fr.pasapas.people.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

import fr.pasapas.config.print.PrintFonts;
import fr.pasapas.config.print.UnprintableTextException;

class LoginCardsPdfTest {

    private static final LoginCardsPdf CARDS = new LoginCardsPdf();
    private static final String URL = "https://pasapas.example.org/";
    private static final String ORGANISATION = "Centre social des Tilleuls";

    private static List<LoginCard> learners(int count) {
        List<LoginCard> cards = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            cards.add(new LoginCard("Apprenant Numéro " + i, "apprenant.n" + (10 + i), null));
        }
        return cards;
    }

    @Test
    void nine_learners_print_on_two_pages_eight_cards_then_one() throws IOException {
        byte[] pdf = CARDS.render(learners(9), ORGANISATION, URL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages(), "8 cards a page: 9 learners need 2 pages");
            assertEquals(595.3f, doc.getPage(0).getMediaBox().getWidth(), 0.1f, "A4 portrait");
        }
        assertEquals(8, decodeAll(pdf, 0).size(), "the first page has 8 readable cards");
        assertEquals(1, decodeAll(pdf, 1).size(), "the second page has the ninth card");
        assertEquals(1, pages(CARDS.render(learners(8), ORGANISATION, URL)), "8 learners fit on one page");
    }

    @Test
    void each_qr_code_opens_the_login_page_with_the_username_and_never_the_pin() throws IOException {
        byte[] pdf = CARDS.render(List.of(new LoginCard("Nguyễn Thị Hoa", "thihoa.n42", "4826"),
                new LoginCard("Jeanne Martin", "jeanne.m07", null)), ORGANISATION, URL);
        Set<String> urls = decodeAll(pdf, 0);
        assertEquals(Set.of("https://pasapas.example.org/login.xhtml?u=thihoa.n42",
                "https://pasapas.example.org/login.xhtml?u=jeanne.m07"), urls);
        assertTrue(urls.stream().noneMatch(u -> u.contains("4826")), "a PIN must never be in a QR code: " + urls);
    }

    @Test
    void the_pin_is_printed_only_when_it_was_just_given_else_a_line_to_write_it() throws IOException {
        String text = text(CARDS.render(List.of(new LoginCard("Nguyễn Thị Hoa", "thihoa.n42", "4826"),
                new LoginCard("Jeanne Martin", "jeanne.m07", null)), ORGANISATION, URL));
        assertTrue(text.contains("Code : 4826"), text);
        assertTrue(text.contains("Code : " + LoginCardsPdf.BLANK_PIN), "a blank line when the PIN is not known: " + text);
        assertEquals(1, text.split("Code : [0-9]", -1).length - 1, "one PIN only, the one given: " + text);
        assertFalse(text.contains("jeanne.m07\nCode : 4"), text);
    }

    @Test
    void a_card_names_the_address_the_organisation_the_learner_and_the_username() throws IOException {
        String text = text(CARDS.render(List.of(new LoginCard("Nguyễn Thị Hoa", "thihoa.n42", null)), ORGANISATION, URL));
        assertTrue(text.contains("pasapas.example.org"), text);
        assertTrue(text.contains(ORGANISATION), text);
        assertTrue(text.contains("Nguyễn Thị Hoa"), "Vietnamese names print with their accents: " + text);
        assertTrue(text.contains("thihoa.n42"), text);
    }

    @Test
    void an_arabic_name_prints_joined_and_right_to_left_and_reads_back_as_typed() throws IOException {
        byte[] pdf = CARDS.render(List.of(new LoginCard("فاطمة بن علي", "apprenant.b31", null)), ORGANISATION, URL);

        assertTrue(text(pdf).contains("فاطمة بن علي"), "copied text gives the name as typed: " + text(pdf));
        String drawn = drawnGlyphs(pdf);
        // fatima, ben, ali in their joined forms (final, medial, initial), the last word read first at the left
        assertTrue(drawn.contains("\uFEF2\uFEE0\uFECB \uFEE6\uFE91 \uFE94\uFEE4\uFEC3\uFE8E\uFED3"),
                "joined letters in visual order, found: " + hex(drawn));
    }

    @Test
    void a_name_no_font_can_print_stops_the_print_instead_of_a_question_mark() {
        // U+0378 is an unassigned code point: no font has it
        assertThrows(UnprintableTextException.class, () -> CARDS.render(
                List.of(new LoginCard("Jeanne Martin", "jeanne.m07", null), new LoginCard("Li \u0378", "li.w12", null)),
                ORGANISATION, URL));
    }

    @Test
    void a_chinese_name_prints_in_an_installed_font_or_stops_the_print_never_with_a_question_mark() throws IOException {
        List<LoginCard> cards = List.of(new LoginCard("李娜 Wang", "apprenant.w12", null));
        if (!PrintFonts.shared().canPrint("李娜 Wang")) {
            assertThrows(UnprintableTextException.class, () -> CARDS.render(cards, ORGANISATION, URL));
            return;
        }
        String text = text(CARDS.render(cards, ORGANISATION, URL));
        assertTrue(text.contains("李娜 Wang") && !text.contains("?"), text);
    }

    @Test
    void the_cards_are_pure_black_on_white_for_any_printer() throws IOException {
        byte[] pdf = CARDS.render(learners(3), ORGANISATION, URL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 50, ImageType.RGB);
            Set<Integer> colours = new TreeSet<>();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    int r = rgb >> 16;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    colours.add(Math.max(Math.abs(r - g), Math.max(Math.abs(g - b), Math.abs(r - b))));
                }
            }
            assertEquals(0, colours.stream().mapToInt(Integer::intValue).max().orElse(0),
                    "grey levels only (anti-aliasing), no colour");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The code points drawn, in the order of the page's content stream (what showText received), as raw glyphs. */
    private static String drawnGlyphs(byte[] pdf) throws IOException {
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

    private static String hex(String s) {
        return s.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(" "));
    }

    /** Every QR code found on a page rendered at 150 dpi (a phone camera sees less, but one card at a time). */
    static Set<String> decodeAll(byte[] pdf, int page) throws IOException {
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(doc).renderImageWithDPI(page, 150, ImageType.RGB);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
            return Arrays.stream(results).map(Result::getText).collect(Collectors.toSet());
        } catch (NotFoundException e) {
            return Set.of();
        }
    }
}

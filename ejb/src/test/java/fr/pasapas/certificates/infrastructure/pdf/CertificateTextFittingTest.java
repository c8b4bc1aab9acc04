package fr.pasapas.certificates.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import fr.pasapas.certificates.infrastructure.pdf.TextFitting.Fitted;
import fr.pasapas.certificates.infrastructure.pdf.TextFitting.Stage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CertificateTextFittingTest {

    private static PDDocument pdf;
    private static PDFont font;

    @BeforeAll
    static void loadFont() throws IOException {
        pdf = new PDDocument();
        try (InputStream in = CertificateTextFittingTest.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            font = PDType0Font.load(pdf, in, true);
        }
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void every_kind_of_space_becomes_one_plain_space() {
        assertEquals("1 000 € à payer : oui", TextFitting.clean("  1\u202F000\u00A0€\tà \n payer\u2009: oui ", font));
    }

    @Test
    void invisible_characters_are_dropped_and_missing_glyphs_become_question_marks() {
        // zero-width joiner, variation selector 16, BOM; unicorn and CJK have no glyph in DejaVu Sans
        assertEquals("Léa ? ?", TextFitting.clean("L\u200Dé\uFEFFa \uD83E\uDD84\uFE0F 漢", font));
    }

    @Test
    void french_punctuation_and_quotes_stay_on_the_line_of_their_word() {
        float narrow = TextFitting.width(font, 12f, "du parcours « Santé") + 1f;

        List<String> lines = TextFitting.wrap("du parcours « Santé en ligne » : ok", font, 12f, narrow);

        for (String line : lines) {
            assertTrue(!line.startsWith("»") && !line.startsWith(":") && !line.endsWith("«"), lines::toString);
        }
    }

    @Test
    void a_long_url_is_broken_after_a_slash_when_it_cannot_fit_on_one_line() {
        String url = "https://attestations.example.fr/verification/certificats/2026/PAP-7K3Q-9XW2";
        float width = TextFitting.width(font, 9f, url) * 0.6f;

        List<String> lines = TextFitting.wrap(url, font, 9f, width);

        assertEquals(url, String.join("", lines));
        assertTrue(lines.size() >= 2);
        assertTrue(lines.get(0).endsWith("/"), lines::toString);
        lines.forEach(l -> assertTrue(TextFitting.width(font, 9f, l) <= width, l));
    }

    @Test
    void fitting_shrinks_first_then_wraps_then_cuts_with_an_ellipsis() {
        String text = "Prendre rendez-vous en ligne chez le médecin";
        float oneLineAt12 = TextFitting.width(font, 12f, text);

        Fitted shrunk = TextFitting.fit(text, font, oneLineAt12 + 1, new Stage(1, 16f, 10f));
        assertEquals(List.of(text), shrunk.lines());
        assertEquals(12f, shrunk.size(), 0.51f);

        Fitted wrapped = TextFitting.fit(text, font, oneLineAt12 * 0.6f, new Stage(1, 12f, 12f), new Stage(2, 12f, 12f));
        assertEquals(2, wrapped.lines().size());

        Fitted cut = TextFitting.fit(text.repeat(5), font, oneLineAt12, new Stage(2, 12f, 12f));
        assertEquals(2, cut.lines().size());
        assertTrue(cut.lines().get(1).endsWith("…"));
        cut.lines().forEach(l -> assertTrue(TextFitting.width(font, 12f, l) <= oneLineAt12, l));
    }

    @Test
    void ellipsize_leaves_text_that_fits_untouched() {
        assertEquals("2.3", TextFitting.ellipsize("2.3", font, 10f, 100f));
        String cut = TextFitting.ellipsize("2.3 · niveau 2 · très long", font, 10f, 40f);
        assertTrue(cut.endsWith("…") && TextFitting.width(font, 10f, cut) <= 40f, cut);
    }
}

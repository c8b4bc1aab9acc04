package fr.pasapas.config.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PrintFontsTest {

    private static final String MONO = "/fonts/DejaVuSansMono-Bold.ttf";

    @Test
    void the_bundled_fonts_print_latin_with_every_diacritic_greek_cyrillic_arabic_and_hebrew_on_any_server() {
        for (String name : List.of("Nguyễn Văn Minh", "Œdipe Ångström", "Αλέξανδρος", "Фатима Алиева", "محمد حداد",
                "مُحَمَّد", "لالا", "דוד לוי", "Ռուբեն", "ნინო")) {
            assertTrue(PrintFonts.shared().canPrintEverywhere(name), name);
            assertTrue(PrintFonts.shared().canPrint(name), name);
        }
    }

    @Test
    void an_unassigned_character_is_printable_by_no_font() {
        assertFalse(PrintFonts.shared().canPrint("Léa \u0378"));
        assertFalse(PrintFonts.shared().canPrintEverywhere("李娜"), "DejaVu has no Chinese characters");
    }

    @Test
    void a_text_the_preferred_font_lacks_is_set_in_the_first_font_of_the_chain_that_has_it(@TempDir Path dir)
            throws IOException {
        // the chain: DejaVu Sans Mono Bold bundled (no "ễ", no Hebrew), then DejaVu Sans "installed" in a folder
        Files.write(dir.resolve("DejaVuSans.ttf"), PrintFonts.resource("/fonts/DejaVuSans.ttf"));
        Files.writeString(dir.resolve("notes.txt"), "not a font");
        Files.write(dir.resolve("broken.ttf"), new byte[] {0, 1, 0, 0, 9});
        PrintFonts chain = new PrintFonts(List.of(MONO), List.of(dir));
        try (PDDocument pdf = new PDDocument()) {
            PDFont mono = mono(pdf);
            ScriptWriter scripts = new ScriptWriter(pdf, chain);

            assertEquals(List.of(mono), scripts.line("Jean Dupont", mono).fonts(), "the preferred font when it has every glyph");
            List<PDFont> fonts = scripts.line("Jean Nguyễn Văn", mono).fonts();
            assertEquals(2, fonts.size());
            assertSame(mono, fonts.get(0));
            assertEquals("DejaVuSans", fonts.get(1).getName(), "a word the preferred font lacks, in the next font");
            ScriptWriter.PrintLine mixed = scripts.line("Jean Nguyễn Văn", mono);
            // "ă" is in the preferred font, "ễ" is not: only the word that needs it changes font
            assertEquals(List.of("Jean ", "Nguyễn ", "Văn"), mixed.runs().stream().map(ScriptWriter.Run::text).toList());
            assertSame(fonts.get(1), scripts.line("דוד", mono).fonts().get(0), "one embedded copy per document");
            assertEquals((mono.getStringWidth("Jean Văn") + fonts.get(1).getStringWidth("Nguyễn ")) / 1000f * 10f,
                    mixed.width(10f), 0.001f);
        }
        assertEquals(1, chain.installed().size(), "the broken file and the text file are left out");
    }

    @Test
    void without_any_font_that_has_the_characters_the_text_is_refused(@TempDir Path empty) throws IOException {
        PrintFonts chain = new PrintFonts(List.of(MONO), List.of(empty, empty.resolve("missing")));
        try (PDDocument pdf = new PDDocument()) {
            PDFont mono = mono(pdf);
            UnprintableTextException refused = assertThrows(UnprintableTextException.class,
                    () -> new ScriptWriter(pdf, chain).line("Nguyễn", mono));
            assertEquals("Nguyễn", refused.text());
            assertTrue(refused.getMessage().contains("U+1EC5"), refused.getMessage());
        }
        assertFalse(chain.canPrint("Nguyễn"));
        assertTrue(chain.canPrint("Nguyen"));
    }

    private static PDFont mono(PDDocument pdf) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(PrintFonts.resource(MONO)));
        pdf.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(pdf, ttf, true);
    }
}

package fr.pasapas.config.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScriptTextTest {

    @Test
    void latin_greek_and_cyrillic_names_are_drawn_as_typed_without_calling_icu() {
        for (String name : new String[] {"Nguyễn Văn Minh", "Œdipe Ångström", "Αλέξανδρος", "Фатима Алиева"}) {
            assertSame(name, ScriptText.visual(name), name);
            assertSame(name, ScriptText.shaped(name), name);
        }
    }

    @Test
    void an_arabic_name_is_joined_into_presentation_forms_and_reversed_into_visual_order() {
        // محمد حداد: meem initial, hah medial, meem medial, dal final / hah initial, dal final, alef isolated,
        // dal isolated; seen from left to right, the last word first and each word's last letter first
        assertEquals(hex("\uFEA9\uFE8D\uFEAA\uFEA3 \uFEAA\uFEE4\uFEA4\uFEE3"), hex(ScriptText.visual("محمد حداد")));
        assertEquals(hex("\uFEE3\uFEA4\uFEE4\uFEAA \uFEA3\uFEAA\uFE8D\uFEA9"), hex(ScriptText.shaped("محمد حداد")));
    }

    @Test
    void in_a_mixed_name_latin_words_and_digits_keep_their_order_inside_the_right_to_left_line() {
        // the line starts with an Arabic letter, so it reads from the right: محمد, then "Haddad 42" at its left
        assertEquals(hex("Haddad 42 \uFEAA\uFEE4\uFEA4\uFEE3"), hex(ScriptText.visual("محمد Haddad 42")));
        // a line that starts in Latin reads from the left; digits after Arabic letters belong to the Arabic run
        assertEquals(hex("Haddad 42 \uFEAA\uFEE4\uFEA4\uFEE3"), hex(ScriptText.visual("Haddad محمد 42")));
    }

    @Test
    void lam_alef_becomes_its_one_ligature_glyph_and_vowel_marks_stay_combining_marks_over_their_letter() {
        assertEquals(hex("\uFEFB"), hex(ScriptText.visual("لا")));
        // مُ (meem with damma): DejaVu's Arabic marks have no width and are drawn from where the pen stands, so
        // the mark comes just before its letter from the left, and lands over it (checked on a rendered page)
        String visual = ScriptText.visual("مُحمد");
        assertTrue(visual.endsWith("\u064F\uFEE3"), hex(visual));
    }

    @Test
    void hebrew_is_reversed_and_brackets_are_mirrored_in_right_to_left_runs() {
        assertEquals("םולש", ScriptText.visual("שלום"));
        assertEquals(hex("(ןד) םולש"), hex(ScriptText.visual("שלום (דן)")));
    }

    @Test
    void cleaning_keeps_every_letter_and_only_unifies_spaces_and_drops_invisible_characters() {
        assertEquals("Jean Dupont", ScriptText.clean("\uFEFF Jean\u202F\u00A0Dupont\t"));
        assertEquals("Zoë Nguyễn", ScriptText.clean("Zoe\u0308 Nguye\u0302\u0303n"));
        assertEquals("李娜", ScriptText.clean("李\u200B娜"));
        assertEquals("می\u200Cخواهم", ScriptText.clean("می\u200Cخواهم"), "the Persian non-joiner decides the shape");
        assertTrue(ScriptText.visual("می\u200Cخواهم").indexOf('\u200C') < 0, "but it is not drawn");
    }

    static String hex(String s) {
        return s.codePoints().mapToObj(cp -> String.format("U+%04X", cp)).collect(Collectors.joining(" "));
    }
}

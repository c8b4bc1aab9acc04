package fr.pasapas.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogueTest {

    private static Course course(String moduleTitle, String stepId) {
        Step step = new ExplanationStep(stepId, "Titre", List.of("Texte."), new Image("images/a.svg", "Image"));
        Module module = new Module("m", "c", 1, moduleTitle, "Résumé", 10, List.of("5.2"), List.of(step),
                Completion.ALL_STEPS, true);
        return new Course("c", "Cours", "Un cours.", List.of(module));
    }

    @Test
    void in_gives_the_english_catalogue_for_english_and_the_french_one_for_any_other_language() {
        Catalogue french = Catalogue.of(List.of(course("Module", "lire")), List.of(course("Module EN", "lire")));
        Catalogue english = french.in(Locale.ENGLISH);

        assertEquals(Locale.FRENCH, french.language());
        assertEquals(Locale.ENGLISH, english.language());
        assertEquals("Module EN", english.module("m").orElseThrow().title());
        assertSame(english, french.in(Locale.US));
        assertSame(english, english.in(Locale.ENGLISH));
        assertSame(french, english.in(Locale.FRANCE));
        assertSame(french, english.in(Locale.ITALIAN));
        assertSame(french, french.in(null));
    }

    @Test
    void a_catalogue_without_translations_is_french_in_every_language() {
        Catalogue french = new Catalogue(List.of(course("Module", "lire")));

        assertSame(french, french.in(Locale.ENGLISH));
        Catalogue empty = Catalogue.empty();
        assertSame(empty, empty.in(Locale.ENGLISH).in(Locale.FRENCH));
        assertEquals(Locale.FRENCH, french.in(Locale.ENGLISH).language());
    }

    @Test
    void the_english_catalogue_must_have_the_same_ids_in_the_same_order() {
        assertThrows(IllegalArgumentException.class,
                () -> Catalogue.of(List.of(course("Module", "lire")), List.of(course("Module", "read"))));
        assertThrows(IllegalArgumentException.class,
                () -> Catalogue.of(List.of(course("Module", "lire")), List.of()));
    }

    @Test
    void a_module_is_not_translated_unless_it_says_so() {
        assertFalse(new Module("m", "c", 1, "Module", "Résumé", 10, List.of("5.2"), List.of()).translated());
    }
}

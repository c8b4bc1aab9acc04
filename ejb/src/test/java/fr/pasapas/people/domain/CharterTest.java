package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharterTest {

    @Test
    void the_default_charter_says_the_same_things_in_french_and_english_one_short_idea_a_line() {
        List<String> fr = Charter.paragraphs(Charter.defaultText("fr"));
        List<String> en = Charter.paragraphs(Charter.defaultText("en"));
        assertEquals(fr.size(), en.size(), "as many ideas in English as in French");
        assertTrue(fr.stream().anyMatch(p -> p.contains("code secret est à vous")), "the PIN is personal");
        assertTrue(fr.stream().anyMatch(p -> p.contains("reste ici")), "nothing typed on the practice sites leaves");
        assertTrue(fr.stream().anyMatch(p -> p.contains("effacer vos données")), "the right to have one's data deleted");
        fr.forEach(p -> assertTrue(p.length() <= 110, "plain words, short sentences: " + p));
        assertEquals(Charter.defaultText("fr"), Charter.defaultText(null), "French unless English is chosen");
    }

    @Test
    void a_typed_charter_is_tidied_and_an_empty_or_too_long_one_is_refused() {
        assertEquals(Optional.of("Une idée.\n\nUne autre."), Charter.clean("\r\n  Une idée.   \r\n\r\nUne autre.\n\n"));
        assertEquals(List.of("Une idée.", "Une autre."), Charter.paragraphs("Une idée.\n\n  Une autre.  "));
        assertTrue(Charter.clean(" \n \n").isEmpty());
        assertTrue(Charter.clean(null).isEmpty());
        assertTrue(Charter.clean("a".repeat(Charter.MAX_TEXT + 1)).isEmpty());
        assertTrue(Charter.clean("a".repeat(Charter.MAX_TEXT)).isPresent());
    }
}

package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void names_of_any_script_with_spaces_hyphens_and_apostrophes_are_accepted_trimmed() {
        assertEquals(Optional.of("Thị Hoa"), PersonName.clean("  Thị   Hoa "));
        assertEquals(Optional.of("فاطمة"), PersonName.clean("فاطمة"));
        assertEquals(Optional.of("Jean-Pierre"), PersonName.clean("Jean-Pierre"));
        assertEquals(Optional.of("O’Brien"), PersonName.clean("O’Brien"));
        assertEquals(Optional.of("D'Angelo"), PersonName.clean("D'Angelo"));
        assertEquals(Optional.of("李娜"), PersonName.clean("李娜"));
    }

    @Test
    void a_name_in_decomposed_form_is_stored_composed() {
        assertEquals(Optional.of("Hélène"), PersonName.clean("He\u0301le\u0300ne"));
    }

    @Test
    void empty_too_long_or_with_digits_or_symbols_is_refused() {
        assertTrue(PersonName.clean(null).isEmpty());
        assertTrue(PersonName.clean("   ").isEmpty());
        assertTrue(PersonName.clean("-'").isEmpty());
        assertTrue(PersonName.clean("a".repeat(61)).isEmpty());
        assertTrue(PersonName.clean("a".repeat(60)).isPresent());
        assertTrue(PersonName.clean("Marie2").isEmpty());
        assertTrue(PersonName.clean("<script>").isEmpty());
        assertTrue(PersonName.clean("Marie@x").isEmpty());
    }
}

package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsernamesTest {

    private final Random random = new Random(42);

    @Test
    void a_username_is_the_first_name_in_plain_letters_a_dot_the_initial_and_two_digits() {
        String username = Usernames.generate("Marie", "Dupont", u -> false, random);
        assertTrue(username.matches("marie\\.d[0-9]{2}"), username);
        assertTrue(LoginPolicy.isValidUsername(username), "the login form must accept " + username);
    }

    @Test
    void accents_are_removed_and_ligatures_spelled_out() {
        assertEquals("helene.e", Usernames.stem("Hélène", "Écuyer"));
        assertEquals("francois.c", Usernames.stem("François", "Çelik"));
        assertEquals("thihoa.n", Usernames.stem("Thị Hoa", "NGUYỄN"));
        assertEquals("duc.d", Usernames.stem("Đức", "Đặng"));
        assertEquals("joerg.s", Usernames.stem("Jœrg", "Straße"));
        assertEquals("aeliss.m", Usernames.stem("Æliß", "Müller"));
        assertEquals("jeanpierre.o", Usernames.stem("Jean-Pierre", "O’Brien"));
    }

    @Test
    void a_first_name_without_latin_letters_gives_apprenant() {
        assertEquals("apprenant.b", Usernames.stem("فاطمة", "BENALI"));
        assertEquals("apprenant.w", Usernames.stem("李娜", "Wang"));
    }

    @Test
    void a_last_name_without_latin_letters_gives_no_initial() {
        assertEquals("fatima", Usernames.stem("Fatima", "بن علي"));
        assertTrue(Usernames.generate("李娜", "王", u -> false, random).matches("apprenant[0-9]{2}"));
    }

    @Test
    void a_long_first_name_is_cut_at_twelve_letters() {
        assertEquals("mariechantal.l", Usernames.stem("Marie-Chantal-Bernadette", "Lefèvre"));
    }

    @Test
    void a_taken_username_is_avoided_first_with_other_two_digits_then_with_three() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            taken.add(String.format("marie.d%02d", i));
        }
        String firstFree = Usernames.generate("Marie", "Dupont", u -> u.equals("marie.d00"), () -> 0L);
        assertNotEquals("marie.d00", firstFree);
        String username = Usernames.generate("Marie", "Dupont", taken::contains, random);
        assertTrue(username.matches("marie\\.d[0-9]{3}"), "all two-digit names are taken: " + username);
    }

    @Test
    void a_pin_has_four_digits_and_is_never_trivial() {
        for (int i = 0; i < 2000; i++) {
            String pin = Usernames.pin(random);
            assertTrue(pin.matches("[0-9]{4}") && LoginPolicy.isValidPin(pin), pin);
            assertFalse(Usernames.isTrivialPin(pin), pin);
        }
    }

    @Test
    void trivial_pins_are_repeated_digits_and_runs_up_or_down() {
        for (String pin : new String[] {"0000", "7777", "1234", "6789", "7890", "4321", "3210", "0987"}) {
            assertTrue(Usernames.isTrivialPin(pin), pin);
        }
        for (String pin : new String[] {"1235", "2580", "1122", "9731", "0102"}) {
            assertFalse(Usernames.isTrivialPin(pin), pin);
        }
    }
}

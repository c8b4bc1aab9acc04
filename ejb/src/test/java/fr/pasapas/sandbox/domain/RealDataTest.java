package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RealDataTest {

    @Test
    void a_social_security_number_with_a_real_month_looks_real_with_or_without_spaces() {
        assertTrue(RealData.looksReal("1 84 05 75 123 456"));
        assertTrue(RealData.looksReal("1840575123456"));
    }

    @Test
    void a_full_social_security_number_looks_real_only_when_its_key_is_right() {
        // 97 - (1840575123456 mod 97) = 97 - 72 = 25
        assertTrue(RealData.looksReal("1 84 05 75 123 456 25"));
        assertFalse(RealData.looksReal("1 84 05 75 123 456 12"));
    }

    @Test
    void specimen_numbers_with_the_impossible_month_13_do_not_look_real() {
        assertFalse(RealData.looksReal("2 53 13 99 999 901 02"));
        assertFalse(RealData.looksReal("1 84 13 99 999 902"));
    }

    @Test
    void a_card_number_passing_the_luhn_check_looks_real() {
        assertTrue(RealData.looksReal("4970 1012 3456 7893"));
        assertFalse(RealData.looksReal("4970 1012 3456 7894"));
    }

    @Test
    void codes_identifiers_and_words_do_not_look_real() {
        assertFalse(RealData.looksReal("481592"));
        assertFalse(RealData.looksReal("9999901"));
        assertFalse(RealData.looksReal("30 99 999 999 901"));
        assertFalse(RealData.looksReal("Yanis-Foot-9"));
        assertFalse(RealData.looksReal(null));
    }
}

package fr.pasapas.web.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeechTextTest {

    @Test
    void a_service_number_is_read_in_two_pairs_as_people_say_it() {
        assertEquals("Appelez le 32 30.", SpeechText.of("Appelez le 3230."));
        assertEquals("Le 36 46 ou le 39 49", SpeechText.of("Le 3646 ou le 3949"));
    }

    @Test
    void a_phone_number_is_read_in_pairs() {
        assertEquals("Appelez le 01 23 45 67 89.", SpeechText.of("Appelez le 0123456789."));
        assertEquals("06 12 34 56 78", SpeechText.of("06.12.34.56.78"));
    }

    @Test
    void a_six_digit_code_is_read_digit_by_digit() {
        assertEquals("Le code est 4 8 2, 9 1 3.", SpeechText.of("Le code est 482 913."));
        assertEquals("Tapez 4 8 2, 9 1 3", SpeechText.of("Tapez 482913"));
    }

    @Test
    void amounts_dates_and_units_are_read_in_words() {
        assertEquals("Le passeport coûte 86 euros.", SpeechText.of("Le passeport coûte 86 €."));
        assertEquals("25 euros 50 et 1 euro", SpeechText.of("25,50 € et 1 €"));
        assertEquals("Le 26 février 2026, puis le 1er mars", SpeechText.of("Le 26/02/2026, puis le 01/03"));
        assertEquals("15 minutes, 5 pour cent", SpeechText.of("15 min, 5 %"));
    }

    @Test
    void years_and_ordinary_numbers_stay_as_they_are() {
        assertEquals("En 2026, 3 changements d'adresse et 12 étapes.", SpeechText.of("En 2026, 3 changements d'adresse et 12 étapes."));
        assertEquals("1 500 euros", SpeechText.of("1 500 €"));
    }
}

package fr.pasapas.certificates.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CertificateFrenchFormatsTest {

    @ParameterizedTest(name = "{0} is written \"{1}\"")
    @CsvSource({
        "2026-11-25, 25 novembre 2026",
        "2026-01-01, 1er janvier 2026",
        "2026-02-02, 2 février 2026",
        "2026-08-15, 15 août 2026",
        "2026-12-31, 31 décembre 2026"
    })
    void the_date_is_written_in_words_in_french(LocalDate date, String expected) {
        assertEquals(expected, FrenchFormats.date(date));
    }

    @Test
    void the_date_does_not_depend_on_the_default_locale_of_the_server() {
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.US, Locale.JAPAN, new Locale("ar", "EG"), Locale.ROOT}) {
                Locale.setDefault(locale);
                assertEquals("25 novembre 2026", FrenchFormats.date(LocalDate.of(2026, 11, 25)));
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest(name = "{0} min is written \"{1}\"")
    @CsvSource({
        "0, 0 minute",
        "1, 1 minute",
        "20, 20 minutes",
        "59, 59 minutes",
        "60, 1 heure",
        "61, 1 heure 1 minute",
        "95, 1 heure 35 minutes",
        "120, 2 heures",
        "150, 2 heures 30 minutes"
    })
    void the_duration_is_written_in_minutes_then_in_hours_and_minutes(int minutes, String expected) {
        assertEquals(expected, FrenchFormats.duration(minutes));
    }

    @Test
    void a_negative_duration_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> FrenchFormats.duration(-1));
    }
}

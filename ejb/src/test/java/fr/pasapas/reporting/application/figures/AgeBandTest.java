package fr.pasapas.reporting.application.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    @Test
    void a_learner_who_turns_25_this_year_is_under_26_and_one_who_turns_26_is_in_26_to_44() {
        assertEquals(AgeBand.UNDER_26, AgeBand.of(2001, MARCH_2026));
        assertEquals(AgeBand.FROM_26_TO_44, AgeBand.of(2000, MARCH_2026));
    }

    @Test
    void each_band_starts_and_ends_at_the_ages_funders_ask_for() {
        assertEquals(AgeBand.FROM_26_TO_44, AgeBand.of(2026 - 44, MARCH_2026));
        assertEquals(AgeBand.FROM_45_TO_59, AgeBand.of(2026 - 45, MARCH_2026));
        assertEquals(AgeBand.FROM_45_TO_59, AgeBand.of(2026 - 59, MARCH_2026));
        assertEquals(AgeBand.FROM_60_TO_74, AgeBand.of(2026 - 60, MARCH_2026));
        assertEquals(AgeBand.FROM_60_TO_74, AgeBand.of(2026 - 74, MARCH_2026));
        assertEquals(AgeBand.FROM_75, AgeBand.of(2026 - 75, MARCH_2026));
        assertEquals(AgeBand.FROM_75, AgeBand.of(1920, MARCH_2026));
    }

    @Test
    void the_band_follows_the_month_so_a_learner_changes_band_in_january() {
        assertEquals(AgeBand.FROM_45_TO_59, AgeBand.of(1966, YearMonth.of(2025, 12)));
        assertEquals(AgeBand.FROM_60_TO_74, AgeBand.of(1966, YearMonth.of(2026, 1)));
    }

    @Test
    void no_birth_year_is_not_given_and_a_birth_year_in_the_future_counts_with_the_youngest() {
        assertEquals(AgeBand.UNKNOWN, AgeBand.of(null, MARCH_2026));
        assertEquals(AgeBand.UNDER_26, AgeBand.of(2030, MARCH_2026));
    }

    @Test
    void the_index_the_sql_gives_is_the_band_of_the_same_age() {
        for (int age = -2; age < 110; age++) {
            int index = 0;
            for (int floor : AgeBand.floors()) {
                if (age >= floor) {
                    index++;
                }
            }
            assertEquals(AgeBand.of(2026 - age, MARCH_2026), AgeBand.ofIndex(index), "age " + age);
        }
        assertEquals(AgeBand.UNKNOWN, AgeBand.ofIndex(AgeBand.floors().size() + 1));
    }
}

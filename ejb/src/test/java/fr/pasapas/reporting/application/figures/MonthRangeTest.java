package fr.pasapas.reporting.application.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonthRangeTest {

    private static final MonthRange YEAR_2026 = new MonthRange(YearMonth.of(2026, 1), YearMonth.of(2026, 12));

    @Test
    void half_past_eleven_utc_on_the_last_evening_of_january_is_already_february_in_paris() {
        assertEquals(Optional.of(YearMonth.of(2026, 1)), YEAR_2026.monthOf(Instant.parse("2026-01-31T22:59:59Z")));
        assertEquals(Optional.of(YearMonth.of(2026, 2)), YEAR_2026.monthOf(Instant.parse("2026-01-31T23:00:00Z")));
    }

    @Test
    void in_summer_a_paris_month_starts_at_ten_pm_utc_the_day_before() {
        assertEquals(Optional.of(YearMonth.of(2026, 6)), YEAR_2026.monthOf(Instant.parse("2026-06-30T21:59:59Z")));
        assertEquals(Optional.of(YearMonth.of(2026, 7)), YEAR_2026.monthOf(Instant.parse("2026-06-30T22:00:00Z")));
        assertEquals(Instant.parse("2026-06-30T22:00:00Z"), MonthRange.start(YearMonth.of(2026, 7)));
    }

    @Test
    void the_range_starts_at_midnight_in_paris_and_leaves_out_what_is_before_or_after() {
        assertEquals(Instant.parse("2025-12-31T23:00:00Z"), YEAR_2026.start());
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), YEAR_2026.end());
        assertEquals(Optional.empty(), YEAR_2026.monthOf(Instant.parse("2025-12-31T22:59:59Z")));
        assertEquals(Optional.empty(), YEAR_2026.monthOf(Instant.parse("2026-12-31T23:00:00Z")));
        assertEquals(Optional.of(YearMonth.of(2026, 12)), YEAR_2026.monthOf(Instant.parse("2026-12-31T22:59:59Z")));
    }

    @Test
    void the_sql_bucket_bounds_are_the_first_instants_of_each_month_after_the_first() {
        List<Instant> starts = YEAR_2026.monthStartsAfterFirst();
        assertEquals(11, starts.size());
        assertEquals(Instant.parse("2026-01-31T23:00:00Z"), starts.get(0));
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), starts.get(2), "April starts in summer time");
        assertTrue(YEAR_2026.yearStartsAfterFirst().isEmpty(), "one year: no year bound");
        assertEquals(List.of(Instant.parse("2026-12-31T23:00:00Z")),
                new MonthRange(YearMonth.of(2026, 11), YearMonth.of(2027, 2)).yearStartsAfterFirst());
    }

    @Test
    void by_default_the_last_twelve_months_up_to_the_current_one_in_paris() {
        Clock newYearsEveInUtc = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(new MonthRange(YearMonth.of(2026, 2), YearMonth.of(2027, 1)), MonthRange.lastTwelveMonths(newYearsEveInUtc));
        assertEquals(new MonthRange(YearMonth.of(2026, 2), YearMonth.of(2027, 1)), MonthRange.parse(null, " ", newYearsEveInUtc));
    }

    @Test
    void a_month_typed_wrong_a_range_backwards_or_too_long_is_refused_with_its_message() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-10T10:00:00Z"), ZoneOffset.UTC);
        assertEquals("figures.error.month", assertThrows(FiguresException.class, () -> MonthRange.parse("janvier", null, clock)).key());
        assertEquals("figures.error.month", assertThrows(FiguresException.class, () -> MonthRange.parse("2026-13", null, clock)).key());
        assertEquals("figures.error.order", assertThrows(FiguresException.class, () -> MonthRange.parse("2026-05", "2026-04", clock)).key());
        assertEquals("figures.error.tooLong", assertThrows(FiguresException.class, () -> MonthRange.parse("2020-01", "2026-01", clock)).key());
        assertEquals(new MonthRange(YearMonth.of(2026, 3), YearMonth.of(2026, 5)), MonthRange.parse(" 2026-03 ", null, clock));
    }
}

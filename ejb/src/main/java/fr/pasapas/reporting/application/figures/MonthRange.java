package fr.pasapas.reporting.application.figures;

import fr.pasapas.config.PlatformTime;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The months the figures cover, from {@code first} to {@code last} included. A month is a month in Paris: it
 * starts at midnight in Paris, which is 23:00 or 22:00 UTC the day before (winter and summer time).
 */
public record MonthRange(YearMonth first, YearMonth last) implements Serializable {

    /** More months would make a chart nobody reads; a funder's year is 12, three years is plenty. */
    public static final int MAX_MONTHS = 36;

    public MonthRange {
        if (first.isAfter(last)) {
            throw new FiguresException("figures.error.order");
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw new FiguresException("figures.error.tooLong");
        }
    }

    /** The last twelve months up to the current one (in Paris). */
    public static MonthRange lastTwelveMonths(Clock clock) {
        YearMonth now = YearMonth.from(PlatformTime.today(clock));
        return new MonthRange(now.minusMonths(11), now);
    }

    /**
     * The range typed on the page ({@code 2026-01}); a missing end takes the default's, a text that is not a
     * month is refused with {@link FiguresException}.
     */
    public static MonthRange parse(String first, String last, Clock clock) {
        MonthRange fallback = lastTwelveMonths(clock);
        return new MonthRange(month(first).orElse(fallback.first()), month(last).orElse(fallback.last()));
    }

    private static Optional<YearMonth> month(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < 2000 || month.getYear() > 2999) {
                throw new FiguresException("figures.error.month");
            }
            return Optional.of(month);
        } catch (DateTimeParseException e) {
            throw new FiguresException("figures.error.month");
        }
    }

    /** The months in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The first instant of {@code month} (midnight on the 1st in Paris). */
    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(PlatformTime.ZONE).toInstant();
    }

    /** The first instant of the range. */
    public Instant start() {
        return start(first);
    }

    /** The first instant after the range. */
    public Instant end() {
        return start(last.plusMonths(1));
    }

    /**
     * Where each month after the first starts: an instant before {@code starts().get(0)} is in the first month,
     * before {@code starts().get(i)} in month i, the rest in the last month. The SQL buckets events with these.
     */
    public List<Instant> monthStartsAfterFirst() {
        return months().stream().skip(1).map(MonthRange::start).toList();
    }

    /** The first instant of each year after the first year of the range, up to its last year. */
    public List<Instant> yearStartsAfterFirst() {
        List<Instant> starts = new ArrayList<>();
        for (int year = first.getYear() + 1; year <= last.getYear(); year++) {
            starts.add(start(YearMonth.of(year, 1)));
        }
        return starts;
    }

    /** The month of an instant of the range, as the SQL buckets it; empty outside the range. */
    public Optional<YearMonth> monthOf(Instant instant) {
        if (instant.isBefore(start()) || !instant.isBefore(end())) {
            return Optional.empty();
        }
        List<Instant> starts = monthStartsAfterFirst();
        int index = 0;
        while (index < starts.size() && !instant.isBefore(starts.get(index))) {
            index++;
        }
        return Optional.of(first.plusMonths(index));
    }
}

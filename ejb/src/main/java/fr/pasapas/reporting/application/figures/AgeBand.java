package fr.pasapas.reporting.application.figures;

import java.time.YearMonth;
import java.util.List;

/**
 * The age bands funders ask for. A learner's age in a month is the year of that month minus their birth year
 * (the age they reach that year: only the birth year is recorded), so a learner born in 1966 counts in 45-59 for
 * every month of 2025 and in 60-74 from January 2026. No birth year: {@link #UNKNOWN}. A birth year after the
 * month (a typing mistake) counts with the youngest.
 */
public enum AgeBand {
    UNDER_26,
    FROM_26_TO_44,
    FROM_45_TO_59,
    FROM_60_TO_74,
    FROM_75,
    UNKNOWN;

    /** The youngest age of each band after the first, in order: the SQL buckets ages with the same numbers. */
    private static final List<Integer> FLOORS = List.of(26, 45, 60, 75);

    /** The band of a learner born in {@code birthYear} (null when not given) during {@code month}. */
    public static AgeBand of(Integer birthYear, YearMonth month) {
        if (birthYear == null) {
            return UNKNOWN;
        }
        int age = month.getYear() - birthYear;
        int band = 0;
        while (band < FLOORS.size() && age >= FLOORS.get(band)) {
            band++;
        }
        return values()[band];
    }

    /** The youngest age of {@link #FROM_26_TO_44}, {@link #FROM_45_TO_59}, {@link #FROM_60_TO_74}, {@link #FROM_75}. */
    public static List<Integer> floors() {
        return FLOORS;
    }

    /** The band of an index as the SQL gives it: the number of floors at or below the age, {@link #UNKNOWN} last. */
    public static AgeBand ofIndex(int index) {
        return values()[index];
    }

    /** The key of the band's label in the bundles, e.g. {@code figures.age.UNDER_26}. */
    public String labelKey() {
        return "figures.age." + name();
    }
}

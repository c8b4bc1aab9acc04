package fr.pasapas.certificates.infrastructure.pdf;

import java.time.LocalDate;

/**
 * French wording of dates and durations, independent of the JVM default locale and of the JDK's
 * locale data (CLDR/COMPAT), so the certificate reads the same on every server.
 */
final class FrenchFormats {

    private static final String[] MONTHS = {
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre"
    };

    private FrenchFormats() {
    }

    /** "25 novembre 2026"; the first day of a month is written "1er", as in French usage. */
    static String date(LocalDate date) {
        int day = date.getDayOfMonth();
        return (day == 1 ? "1er" : Integer.toString(day)) + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "20 minutes", "1 minute", "1 heure", "1 heure 5 minutes", "2 heures 30 minutes". */
    static String duration(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("negative duration: " + minutes);
        }
        if (minutes < 60) {
            return plural(minutes, "minute");
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        return rest == 0 ? plural(hours, "heure") : plural(hours, "heure") + " " + plural(rest, "minute");
    }

    private static String plural(int n, String unit) {
        // French: singular for 0 and 1 ("0 minute", "1 heure")
        return n + " " + unit + (n >= 2 ? "s" : "");
    }
}

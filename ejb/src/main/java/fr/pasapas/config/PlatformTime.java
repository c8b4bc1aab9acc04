package fr.pasapas.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's time: instants are stored in UTC, and days (due dates, certificate dates, "today") are the
 * days of the workshops, in France.
 */
public final class PlatformTime {

    /** The time zone of the workshops: a due date or a certificate date is a day in Paris. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private PlatformTime() {
    }

    /** Today in Paris (after 23:00 UTC in winter, it is already tomorrow there). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}

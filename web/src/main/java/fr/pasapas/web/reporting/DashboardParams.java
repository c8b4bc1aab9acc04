package fr.pasapas.web.reporting;

import fr.pasapas.config.PlatformTime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** What the dashboard pages and their exports read from an address, and how they write dates. */
final class DashboardParams {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(PlatformTime.ZONE);

    private DashboardParams() {
    }

    /** An id as given in an address: null when absent, {@link #INVALID} when it is not a positive number. */
    static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? id : INVALID;
        } catch (NumberFormatException e) {
            return INVALID;
        }
    }

    /** An id no row has: a forged address is then "not found" as any unknown id is. */
    static final Long INVALID = -1L;

    /** A 1-based page number; 1 for anything else. */
    static int page(String text) {
        try {
            return Math.max(1, Integer.parseInt(text == null ? "1" : text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Date and time in the learners' time zone, e.g. "25/11/2026 17:28". */
    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

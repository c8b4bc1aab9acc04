package fr.pasapas.reporting.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads the columns of native query rows the same way on H2 and MariaDB (instants are stored as UTC). */
final class SqlValues {

    private SqlValues() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Instant t) {
            return t;
        }
        throw new IllegalArgumentException("Not an instant: " + value.getClass());
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

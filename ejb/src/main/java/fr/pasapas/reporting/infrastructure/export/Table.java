package fr.pasapas.reporting.infrastructure.export;

import java.util.List;

/**
 * What an export holds: a title (the sheet's name), the column headings and the rows, in the user's language.
 * A cell is a {@link String}, a {@link Number}, a {@link java.time.LocalDate}, a {@link java.time.LocalDateTime}
 * or null (empty).
 */
public record Table(String title, List<String> headings, List<List<Object>> rows) {

    public Table {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }
}

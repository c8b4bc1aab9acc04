package fr.pasapas.people.domain;

import java.io.Serializable;
import java.util.List;

/**
 * Something wrong in an imported file, said with a message key (translated on screen) and its parameters.
 *
 * @param line   the line of the file (1 is the header), 0 for the file as a whole
 * @param column the column's header as written in the file, or null
 * @param params  strings and numbers only (the problem is kept in a view between two requests)
 */
public record CsvProblem(int line, String column, String key, List<Object> params) implements Serializable {

    public CsvProblem {
        params = List.copyOf(params);
    }

    public static CsvProblem ofFile(String key, Object... params) {
        return new CsvProblem(0, null, key, List.of(params));
    }
}

package fr.pasapas.web.learning.steps;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The fields a form posted, by name; a field sent twice keeps its first value where one is expected. */
public final class FormFields {

    private final Map<String, String[]> values;

    public FormFields(Map<String, String[]> values) {
        this.values = Map.copyOf(values);
    }

    /** The first value of a field, or null when it was not sent. */
    public String first(String name) {
        String[] all = values.get(name);
        return all == null || all.length == 0 ? null : all[0];
    }

    /** The first value of a field, or {@code fallback} when it was not sent. */
    public String first(String name, String fallback) {
        String value = first(name);
        return value == null ? fallback : value;
    }

    /** Every value of a field, in the order sent (none when it was not sent). */
    public List<String> all(String name) {
        return Arrays.asList(values.getOrDefault(name, new String[0]));
    }
}

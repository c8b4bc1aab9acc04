package fr.pasapas.sandbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A placeholder in a text the learner reads, filled in when the run's state is built: {@code {persona.KEY}} is the
 * persona's data (so one page serves every persona), {@code {value.FIELD}} what the learner typed or chose in an
 * input earlier in the run (a choice shows its option's label), e.g. on a «Vérifier et valider» page. A
 * message a site sends also has {@code {code}}, its fresh code.
 *
 * @param kind {@code persona} or {@code value}; anything else is reported by the content checks
 * @param key  the persona's data key, or the input's block id
 * @param text the placeholder as written, braces included
 */
public record Placeholder(String kind, String key, String text) {

    /** Any {@code {word.rest}}: the checks report the kinds the engine does not know. */
    static final Pattern PATTERN = Pattern.compile("\\{([A-Za-z]+)\\.([^{}\\s]+)}");

    public static final String PERSONA = "persona";
    public static final String VALUE = "value";

    /** The placeholders written in a text, in order. */
    public static List<Placeholder> in(String text) {
        List<Placeholder> found = new ArrayList<>();
        if (text != null) {
            Matcher matcher = PATTERN.matcher(text);
            while (matcher.find()) {
                found.add(new Placeholder(matcher.group(1), matcher.group(2), matcher.group()));
            }
        }
        return found;
    }

    public boolean known() {
        return kind.equals(PERSONA) || kind.equals(VALUE);
    }
}

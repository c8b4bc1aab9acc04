package fr.pasapas.people.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared and checked: any script, with spaces, hyphens and apostrophes. */
public final class Names {

    public static final int MAX_LENGTH = 60;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’.-]");

    private Names() {
    }

    /** A name the enrolment form would accept too ({@link PersonName#clean}): letters of any script, spaces, hyphens, apostrophes. */
    public static boolean isValid(String name) {
        return PersonName.clean(name).isPresent();
    }

    /** A name for comparison: lowercase, without accents, spaces, hyphens or apostrophes. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return SEPARATORS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
    }
}

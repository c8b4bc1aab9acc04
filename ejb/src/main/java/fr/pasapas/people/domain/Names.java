package fr.pasapas.people.domain;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared and checked: any script, with spaces, hyphens and apostrophes. */
public final class Names {

    public static final int MAX_LENGTH = 60;

    private Names() {
    }

    /** Letters of any script (with their marks), spaces, hyphens and apostrophes; 1 to 60 characters. */
    public static boolean isValid(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_LENGTH
                && name.strip().matches("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*");
    }

    /** A name for comparison: lowercase, without accents, spaces, hyphens or apostrophes. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[\\s'’.-]", "");
    }
}

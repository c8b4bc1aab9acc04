package fr.pasapas.people.domain;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A first or last name as a trainer types it: letters of any script (with their accents), spaces, hyphens
 * and apostrophes, 1 to {@value #MAX_LENGTH} characters once trimmed.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 60;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M} '’-]+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PersonName() {
    }

    /** The name trimmed, its spaces collapsed and in composed form (NFC); empty when it is not a name. */
    public static Optional<String> clean(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        name = SPACES.matcher(name).replaceAll(" ");
        if (name.isEmpty() || name.length() > MAX_LENGTH || !ALLOWED.matcher(name).matches()
                || !LETTER.matcher(name).find()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}

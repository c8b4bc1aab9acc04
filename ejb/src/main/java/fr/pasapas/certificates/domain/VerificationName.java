package fr.pasapas.certificates.domain;

import java.text.Normalizer;

/**
 * The name the public verification page shows: by default the first name and the initial of the last name
 * ("Jeanne M."), which is enough for an employer holding the paper and says little to someone who guessed a
 * code; the full name when its holder chose to show it. A name is "first last" and is cut at its last space, as
 * the learner's edit form cuts it.
 */
public final class VerificationName {

    private VerificationName() {
    }

    public static String of(String fullName, boolean showFull) {
        String name = Normalizer.normalize(fullName == null ? "" : fullName, Normalizer.Form.NFC).strip();
        if (showFull) {
            return name;
        }
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return name;
        }
        String last = name.substring(space + 1);
        int at = 0;
        while (at < last.length() && !Character.isLetter(last.codePointAt(at))) {
            at += Character.charCount(last.codePointAt(at));
        }
        if (at == last.length()) {
            return name.substring(0, space).strip();
        }
        int initial = last.codePointAt(at);
        return name.substring(0, space).strip() + " " + new String(Character.toChars(Character.toUpperCase(initial))) + ".";
    }
}

package fr.pasapas.people.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The username and the PIN given to a new learner. A username is readable and easy to type on a tablet:
 * the first name in lowercase ASCII (accents removed, at most {@value #MAX_FIRST_NAME} letters), a dot, the
 * initial of the last name and two digits, like {@code marie.d42}. A first name with no Latin letter at all
 * (Arabic, Chinese) gives {@value #FALLBACK}; a last name with none gives no initial ({@code marie42}).
 */
public final class Usernames {

    public static final String FALLBACK = "apprenant";
    public static final int MAX_FIRST_NAME = 12;
    private static final int TWO_DIGIT_TRIES = 20;
    private static final int THREE_DIGIT_TRIES = 50;

    private Usernames() {
    }

    /** The part before the digits: {@code marie.d}. */
    public static String stem(String firstName, String lastName) {
        String first = latinLetters(firstName);
        if (first.isEmpty()) {
            first = FALLBACK;
        }
        first = first.substring(0, Math.min(MAX_FIRST_NAME, first.length()));
        String last = latinLetters(lastName);
        return last.isEmpty() ? first : first + "." + last.charAt(0);
    }

    /**
     * A free username: the stem with 2 random digits, other 2 digits when taken, then 3 digits, then more;
     * {@code taken} says whether a username is already used.
     */
    public static String generate(String firstName, String lastName, Predicate<String> taken, RandomGenerator random) {
        String stem = stem(firstName, lastName);
        for (int digits = 2; ; digits++) {
            int tries = digits == 2 ? TWO_DIGIT_TRIES : digits == 3 ? THREE_DIGIT_TRIES : 100;
            int bound = (int) Math.pow(10, digits);
            for (int i = 0; i < tries; i++) {
                String candidate = stem + String.format(Locale.ROOT, "%0" + digits + "d", random.nextInt(bound));
                if (!taken.test(candidate)) {
                    return candidate;
                }
            }
        }
    }

    /** A 4-digit PIN that is not a trivial one ({@link #isTrivialPin}). */
    public static String pin(RandomGenerator random) {
        while (true) {
            String pin = String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
            if (!isTrivialPin(pin)) {
                return pin;
            }
        }
    }

    /** The same digit repeated (0000), or a run up or down (1234, 4321, 7890, 0987). */
    public static boolean isTrivialPin(String pin) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int step = Math.floorMod(pin.charAt(i) - pin.charAt(i - 1), 10);
            same &= step == 0;
            up &= step == 1;
            down &= step == 9;
        }
        return same || up || down;
    }

    /** The Latin letters a-z of a name, lowercase, accents removed (ß gives ss, œ oe, æ ae). */
    static String latinLetters(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
                .replace("đ", "d").replace("ø", "o").replace("ł", "l");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }
}

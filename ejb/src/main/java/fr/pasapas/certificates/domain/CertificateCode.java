package fr.pasapas.certificates.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification codes such as {@code K7PM-3XQ9-TR2W}: 12 characters (about 58 bits of randomness) from an
 * alphabet without look-alikes (no 0/O, 1/I/L), so a code read aloud or typed from paper comes out right.
 */
public final class CertificateCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 12;
    /**
     * The longest input read as a code: a code with a space, a dash or a {@code +} between each character still
     * fits; anything longer is refused before any redirect or lookup.
     */
    public static final int MAX_INPUT = 40;
    /** What people type between the characters of a code and what it means nothing: spaces, dashes, {@code +}. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s+-]");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether an input is longer than any way of typing a code: it is refused without being read further. */
    public static boolean tooLong(String input) {
        return input != null && input.length() > MAX_INPUT;
    }

    /**
     * The canonical form of a code as somebody typed it (any case; spaces, dashes and {@code +} anywhere or
     * missing), or empty if it cannot be a code.
     */
    public static Optional<String> normalize(String input) {
        if (input == null || tooLong(input)) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(input.toUpperCase(Locale.ROOT)).replaceAll("");
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : compact.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8));
    }
}

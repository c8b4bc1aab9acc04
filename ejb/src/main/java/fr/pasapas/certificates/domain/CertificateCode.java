package fr.pasapas.certificates.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes such as {@code K7PM-3XQ9-TR2W}: 12 characters (about 58 bits of randomness) from an
 * alphabet without look-alikes (no 0/O, 1/I/L), so a code read aloud or typed from paper comes out right.
 */
public final class CertificateCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 12;
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

    /**
     * The canonical form of a code as somebody typed it (lower case, spaces, missing dashes), or empty if
     * it cannot be a code.
     */
    public static Optional<String> normalize(String input) {
        if (input == null || input.length() > 40) {
            return Optional.empty();
        }
        String compact = input.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
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

package fr.pasapas.sandbox.domain;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Recognises what looks like a learner's real personal data, so that it is answered with a reminder to use
 * the persona's data and never kept: a numéro de sécurité sociale with a real month (SPECIMEN numbers use the
 * impossible month 13, REPLICAS.md §0.3) and, with 15 digits, a right key; or a bank card number (Luhn).
 */
public final class RealData {

    private static final Pattern NIR = Pattern.compile("[12][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])(2[AB]|[0-9]{2})[0-9]{6}([0-9]{2})?");
    /** Visa, Mastercard, American Express and the other usual issuers' lengths and first digits. */
    private static final Pattern CARD = Pattern.compile(
            "4[0-9]{12}([0-9]{3}){0,2}|5[1-5][0-9]{14}|2[2-7][0-9]{14}|3[47][0-9]{13}|6[0-9]{15}");

    private RealData() {
    }

    public static boolean looksReal(String typed) {
        if (typed == null) {
            return false;
        }
        String compact = typed.replaceAll("[\\s.\\-]", "").toUpperCase();
        return isNir(compact) || isCard(compact);
    }

    private static boolean isNir(String compact) {
        if (!NIR.matcher(compact).matches()) {
            return false;
        }
        if (compact.length() == 13) {
            return true;
        }
        String body = compact.substring(0, 13).replace("2A", "19").replace("2B", "18");
        int key = Integer.parseInt(compact.substring(13));
        return key == 97 - new BigInteger(body).mod(BigInteger.valueOf(97)).intValue();
    }

    private static boolean isCard(String compact) {
        if (!CARD.matcher(compact).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < compact.length(); i++) {
            int digit = compact.charAt(compact.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}

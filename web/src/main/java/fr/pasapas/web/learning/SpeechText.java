package fr.pasapas.web.learning;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text that "Écouter" reads aloud, written the way people say numbers in French, because a speech
 * synthesiser reads "3230" as "trois mille deux cent trente" while everybody says "trente-deux trente":
 * <ul>
 * <li>4-digit service numbers (3230, 3646, 3949) in 2 pairs: "32 30";</li>
 * <li>a phone number in pairs: "01 23 45 67 89";</li>
 * <li>a 6-digit code digit by digit, in 2 groups: "4 8 2, 9 1 3";</li>
 * <li>amounts: "86 €" as "86 euros", "25,50 €" as "25 euros 50";</li>
 * <li>dates: "26/02/2026" as "26 février 2026";</li>
 * <li>"%" as "pour cent", "min" as "minutes".</li>
 * </ul>
 * Years (2026) and ordinary numbers stay as they are.
 */
public final class SpeechText {

    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre");

    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b");
    private static final Pattern PHONE = Pattern.compile("\\b0(\\d)[ .]?(\\d{2})[ .]?(\\d{2})[ .]?(\\d{2})[ .]?(\\d{2})\\b");
    private static final Pattern CODE = Pattern.compile("(?<!\\d|\\d[,.]|\\d )(\\d{3}) ?(\\d{3})(?!\\d|[,.]\\d| ?€| \\d)");
    private static final Pattern SERVICE_NUMBER = Pattern.compile("(?<!\\d|\\d[,.]|\\d )(3\\d)(\\d{2})(?!\\d|[,.]\\d| ?€)");
    private static final Pattern AMOUNT_WITH_CENTS = Pattern.compile("(\\d+),(\\d{2})\\s?€");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s?€");
    private static final Pattern PERCENT = Pattern.compile("(\\d)\\s?%");
    private static final Pattern MINUTES = Pattern.compile("(\\d)\\s?min\\b");

    private SpeechText() {
    }

    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.replace('\u00a0', ' ').replace('\u202f', ' ');
        s = replace(DATE, s, m -> {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return m.group();
            }
            String day = Integer.parseInt(m.group(1)) == 1 ? "1er" : String.valueOf(Integer.parseInt(m.group(1)));
            return day + " " + MONTHS.get(month - 1) + (m.group(3) == null ? "" : " " + m.group(3));
        });
        s = replace(PHONE, s, m -> "0" + m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
        s = replace(CODE, s, m -> spell(m.group(1)) + ", " + spell(m.group(2)));
        s = replace(SERVICE_NUMBER, s, m -> m.group(1) + " " + m.group(2));
        s = replace(AMOUNT_WITH_CENTS, s, m -> m.group(1) + " euros " + m.group(2));
        s = replace(AMOUNT, s, m -> m.group(1) + (m.group(1).equals("1") ? " euro" : " euros"));
        s = replace(PERCENT, s, m -> m.group(1) + " pour cent");
        s = replace(MINUTES, s, m -> m.group(1) + " minutes");
        return s;
    }

    private static String spell(String digits) {
        return String.join(" ", digits.split(""));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> how) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(how.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

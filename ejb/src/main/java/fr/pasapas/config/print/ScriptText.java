package fr.pasapas.config.print;

import java.text.Normalizer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Text of any script made ready for PDFBox's {@code showText}, which draws code points one after the other, left to
 * right, one glyph each: it neither joins Arabic letters nor reorders right-to-left text.
 *
 * <p>Two steps, kept apart so that layout works on the text as typed (logical order) and only drawing sees the
 * result: {@link #clean} (NFC, every kind of space as one plain space, invisible characters dropped), then, for
 * each line drawn, {@link #visual}: Arabic letters shaped into their joined presentation forms (ICU4J
 * {@link ArabicShaping}; vowel marks kept as combining marks over their letter) and the line put in visual order by the Unicode bidi algorithm (ICU4J
 * {@link Bidi}; the paragraph direction is that of the first strong letter, as a name standing alone reads). Text
 * without right-to-left characters comes back unchanged, without calling ICU.
 *
 * <p>Width does not depend on order: {@link #shaped} (logical order, letters shaped) measures the same as the
 * visual line, so word wrapping can measure logical text.
 */
public final class ScriptText {

    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
            | ArabicShaping.TEXT_DIRECTION_LOGICAL;

    private ScriptText() {
    }

    /**
     * The text as it is laid out: Unicode NFC (so "e" + combining accent is one "é"), every kind of space (no-break
     * space U+00A0, narrow no-break space U+202F…), tab and line break as one plain space, trimmed, and invisible
     * format characters (bidi marks, BOM, variation selectors) dropped, except the zero-width (non-)joiners that
     * decide how Arabic and Persian letters join. No character is replaced: see {@link PrintFonts} for which
     * fonts can print the result.
     */
    public static String clean(String text) {
        return clean(text, true);
    }

    /** As {@link #clean(String)}; without {@code strip}, a space at either end stays (one). */
    static String clean(String text, boolean strip) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                if ((out.length() > 0 || !strip) && (out.length() == 0 || out.charAt(out.length() - 1) != ' ')) {
                    out.append(' ');
                }
            } else if (!isInvisible(cp) || isJoiner(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return strip ? out.toString().strip() : out.toString();
    }

    /**
     * One line of {@link #clean cleaned} text as {@code showText} must receive it: Arabic letters in their joined
     * forms, the characters in the order they are seen from left to right, mirrored brackets in right-to-left
     * runs, no joiner or bidi control left. A vowel mark comes just before its letter (seen from the left): the
     * marks of DejaVu Sans have no advance width and are drawn from the pen position, so they land over the letter
     * drawn next. The glyphs drawn are presentation forms (U+FB50–U+FEFF); text
     * extraction (PDFBox's {@code PDFTextStripper}, readers' copy and search) normalises them back to the letters
     * typed.
     */
    public static String visual(String line) {
        if (!needsBidiOrShaping(line)) {
            return line;
        }
        String shaped = shape(line);
        Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
        String visual = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        return withoutJoiners(visual);
    }

    /** The line in logical order with its Arabic letters shaped: what {@link #visual} draws, for measuring. */
    public static String shaped(String line) {
        return needsBidiOrShaping(line) ? withoutJoiners(shape(line)) : line;
    }

    /** True when the text has a right-to-left character or a joiner: only then do shaping and bidi change it. */
    static boolean needsBidiOrShaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && (isJoiner(c) || isRightToLeft(c) || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRightToLeft(int cp) {
        int direction = UCharacter.getDirection(cp);
        return direction == UCharacterDirection.RIGHT_TO_LEFT || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC
                || direction == UCharacterDirection.ARABIC_NUMBER;
    }

    private static String shape(String text) {
        try {
            return markedAsCombining(new ArabicShaping(SHAPING).shape(text));
        } catch (ArabicShapingException e) {
            // only thrown for options that need room to grow (tashkeel or lam-alef expansion), not used here
            throw new IllegalStateException("Arabic shaping failed on " + text.length() + " characters", e);
        }
    }

    /**
     * ICU turns vowel marks (tashkeel) into spacing presentation forms (U+FE70–U+FE7F) that would be drawn beside
     * their letter; they go back to the combining marks (U+064B–U+0652), drawn over the letter before them.
     */
    private static String markedAsCombining(String shaped) {
        StringBuilder out = null;
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            if (c >= 0xFE70 && c <= 0xFE7F && c != 0xFE75) {
                if (out == null) {
                    out = new StringBuilder(shaped.length()).append(shaped, 0, i);
                }
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
                out.append(decomposed.charAt(decomposed.length() - 1));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? shaped : out.toString();
    }

    private static String withoutJoiners(String text) {
        if (text.indexOf('\u200C') < 0 && text.indexOf('\u200D') < 0) {
            return text;
        }
        return text.replace("\u200C", "").replace("\u200D", "");
    }

    private static boolean isJoiner(int cp) {
        return cp == 0x200C || cp == 0x200D;
    }

    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR);
    }
}

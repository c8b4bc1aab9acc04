package fr.pasapas.config.print;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text made drawable by an embedded PDF font, whatever people typed. */
public final class DrawableText {

    private DrawableText() {
    }

    /**
     * Makes {@code text} drawable with {@code font}: Unicode NFC normalisation (so "e" + combining
     * accent becomes one "é" glyph), every kind of space (no-break space U+00A0, narrow no-break
     * space U+202F, …), tab and line break becomes a plain space, runs of spaces collapse, invisible
     * format characters (zero-width joiners, variation selectors, BOM) disappear, and any character
     * the font has no glyph for becomes {@code '?'}.
     */
    public static String clean(String text, PDFont font) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (isInvisible(cp)) {
                // dropped
            } else if (canEncode(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString().strip();
    }

    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F)          // variation selectors (emoji presentation…)
                || (cp >= 0xE0100 && cp <= 0xE01EF);       // variation selectors supplement
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        if (codePoint < 0x7F && codePoint >= 0x20) {
            return true; // printable ASCII: in every font we embed (DejaVu)
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false; // PDFBox: "No glyph for U+… in font …"
        }
    }
}

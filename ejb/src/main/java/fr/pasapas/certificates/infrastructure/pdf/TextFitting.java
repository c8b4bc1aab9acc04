package fr.pasapas.certificates.infrastructure.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

import fr.pasapas.config.print.DrawableText;
import fr.pasapas.config.print.ScriptText;

/**
 * Text helpers for the certificate: cleaning strings so that the embedded font can always draw them,
 * measuring, word-wrapping and shrinking text to fit a box.
 */
final class TextFitting {

    static final String ELLIPSIS = "…";

    private TextFitting() {
    }

    /** A piece of text laid out in one font size, as one or more lines. */
    record Fitted(List<String> lines, PDFont font, float size) {
    }

    /** Width in PDF points of a text at a font size: one font's widths, or a name's runs in several fonts. */
    @FunctionalInterface
    interface Measure {
        float width(String text, float size);

        static Measure of(PDFont font) {
            return (text, size) -> TextFitting.width(font, size, text);
        }
    }

    /** One attempt: at most {@code maxLines} lines, font size tried from {@code maxSize} down to {@code minSize}. */
    record Stage(int maxLines, float maxSize, float minSize) {
    }

    /** See {@link DrawableText#clean}: any character the font has no glyph for becomes {@code '?'}. */
    static String clean(String text, PDFont font) {
        return DrawableText.clean(text, font);
    }

    /** Width in PDF points of {@code text} set in {@code font} at {@code size}, Arabic letters joined as drawn. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(ScriptText.shaped(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tries each stage in order and returns the first layout that fits; when none fits, the last
     * stage at its minimum size is cut to its maximum number of lines and ends with an ellipsis.
     */
    static Fitted fit(String text, PDFont font, float maxWidth, Stage... stages) {
        return fit(text, font, Measure.of(font), maxWidth, stages);
    }

    /** As {@link #fit(String, PDFont, float, Stage...)}, measuring with {@code measure} (text in several fonts). */
    static Fitted fit(String text, PDFont font, Measure measure, float maxWidth, Stage... stages) {
        for (Stage stage : stages) {
            for (float size = stage.maxSize(); size >= stage.minSize() - 0.001f; size -= 0.5f) {
                List<String> lines = wrap(text, measure, size, maxWidth);
                if (lines.size() <= stage.maxLines()) {
                    return new Fitted(lines, font, size);
                }
            }
        }
        Stage last = stages[stages.length - 1];
        List<String> lines = wrap(text, measure, last.minSize(), maxWidth);
        return new Fitted(truncate(lines, last.maxLines(), measure, last.minSize(), maxWidth), font, last.minSize());
    }

    /** Keeps the first {@code maxLines} lines, the last one ending with "…" and still fitting. */
    static List<String> truncate(List<String> lines, int maxLines, PDFont font, float size, float maxWidth) {
        return truncate(lines, maxLines, Measure.of(font), size, maxWidth);
    }

    private static List<String> truncate(List<String> lines, int maxLines, Measure font, float size, float maxWidth) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, cutWithEllipsis(kept.get(maxLines - 1), font, size, maxWidth));
        return kept;
    }

    /** {@code text} itself when it fits in {@code maxWidth}, else its longest start that fits followed by "…". */
    static String ellipsize(String text, PDFont font, float size, float maxWidth) {
        return width(font, size, text) <= maxWidth ? text : cutWithEllipsis(text, Measure.of(font), size, maxWidth);
    }

    private static String cutWithEllipsis(String text, Measure font, float size, float maxWidth) {
        String cut = text;
        while (!cut.isEmpty() && font.width(cut + ELLIPSIS, size) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.stripTrailing() + ELLIPSIS;
    }

    /**
     * Greedy word wrap. French punctuation that follows a space (":", ";", "!", "?", "»") stays
     * attached to the previous word, "«" to the next one; a word wider than the line (a long URL,
     * a long compound name) is broken, preferably after "/", "-", "." or "?".
     */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        return wrap(text, Measure.of(font), size, maxWidth);
    }

    private static List<String> wrap(String text, Measure font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(text)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (font.width(word, size) <= maxWidth) {
                line.append(word);
            } else {
                List<String> pieces = breakWord(word, font, size, maxWidth);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                line.append(pieces.get(pieces.size() - 1));
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        boolean glueNext = false;
        for (String token : text.split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean closing = token.matches("[:;!?»%]+");
            if ((closing || glueNext) && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + token);
            } else {
                words.add(token);
            }
            glueNext = token.equals("«");
        }
        return words;
    }

    private static List<String> breakWord(String word, Measure font, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        String rest = word;
        while (font.width(rest, size) > maxWidth) {
            int end = 0;
            int lastBreak = -1;
            while (end < rest.length()) {
                int next = rest.offsetByCodePoints(end, 1);
                if (font.width(rest.substring(0, next), size) > maxWidth) {
                    break;
                }
                end = next;
                if ("/-.?&=_".indexOf(rest.charAt(end - 1)) >= 0) {
                    lastBreak = end;
                }
            }
            if (end == 0) {
                end = rest.offsetByCodePoints(0, 1); // a single glyph wider than the line: keep going anyway
            } else if (lastBreak > end / 2) {
                end = lastBreak;
            }
            pieces.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        pieces.add(rest);
        return pieces;
    }
}

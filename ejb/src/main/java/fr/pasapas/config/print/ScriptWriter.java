package fr.pasapas.config.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints text of any script in one PDF document: {@link #line} is the one call a renderer needs.
 *
 * <pre>{@code
 * ScriptWriter scripts = new ScriptWriter(pdf);               // once per PDDocument
 * PrintLine name = scripts.line(learnerName, boldDejaVu);     // throws UnprintableTextException, never draws "?"
 * float width = name.width(24f);                              // to centre, right-align or shrink it
 * cs.setNonStrokingColor(0f, 0f, 0f);
 * name.show(cs, 24f, (pageWidth - width) / 2, baseline);
 * }</pre>
 *
 * The text is {@link ScriptText#clean cleaned}, shaped and put in visual order ({@link ScriptText#visual}), then
 * cut into runs of one font: each word is set in the preferred font (the renderer's DejaVu Sans, already in the
 * document) when it has all its glyphs, else in the first font of {@link PrintFonts} that has them all (a
 * Chinese name in an installed Chinese font, its Latin part in DejaVu), else letter by letter. A font of the chain
 * is embedded, as a subset, the first time the document needs it. To lay out text over several lines, wrap the
 * cleaned text measuring each candidate line with {@code line(candidate, font).width(size)}, and draw each line.
 *
 * <p>One instance per document and per thread, like the document itself.
 */
public final class ScriptWriter {

    private final PDDocument pdf;
    private final PrintFonts fonts;
    private final Map<PrintFonts.Candidate, PDFont> embedded = new IdentityHashMap<>();

    public ScriptWriter(PDDocument pdf) {
        this(pdf, PrintFonts.shared());
    }

    public ScriptWriter(PDDocument pdf, PrintFonts fonts) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /**
     * {@code text} (a name in any script, as typed) ready to draw on one line: cleaned (spaces at its ends kept,
     * one each), shaped, in visual order,
     * each part with a font that has its glyphs.
     *
     * @throws UnprintableTextException when no font of the chain has one of its characters
     */
    public PrintLine line(String text, PDFont preferred) {
        String clean = ScriptText.clean(text, false); // a space at the end is part of the layout ("Code : ")
        String visual = ScriptText.visual(clean);
        List<Run> runs = new ArrayList<>();
        int start = 0;
        while (start < visual.length()) {
            int end = start;
            boolean space = visual.charAt(start) == ' ';
            while (end < visual.length() && (visual.charAt(end) == ' ') == space) {
                end++;
            }
            String token = visual.substring(start, end);
            if (space) {
                add(runs, token, runs.isEmpty() ? preferred : runs.get(runs.size() - 1).font());
            } else {
                word(runs, token, preferred, clean);
            }
            start = end;
        }
        return new PrintLine(clean, runs);
    }

    /** A word in one font when one has all its glyphs, else letter by letter (a mark with its letter's font). */
    private void word(List<Run> runs, String word, PDFont preferred, String text) {
        PDFont whole = fontFor(word, preferred);
        if (whole != null) {
            add(runs, word, whole);
            return;
        }
        PDFont previous = null;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String letter = new String(Character.toChars(cp));
            PDFont font = Character.getType(cp) == Character.NON_SPACING_MARK && previous != null && covers(previous, letter)
                    ? previous : fontFor(letter, preferred);
            if (font == null) {
                throw new UnprintableTextException(text);
            }
            add(runs, letter, font);
            previous = font;
            i += Character.charCount(cp);
        }
    }

    /** {@code preferred} when it has every glyph of {@code shaped}, else the first font of the chain that has; null if none. */
    private PDFont fontFor(String shaped, PDFont preferred) {
        if (covers(preferred, shaped)) {
            return preferred;
        }
        return fonts.fontFor(shaped).map(c -> embedded.computeIfAbsent(c, this::embed)).orElse(null);
    }

    private static void add(List<Run> runs, String text, PDFont font) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).font() == font) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(last.text() + text, font));
        } else {
            runs.add(new Run(text, font));
        }
    }

    /** True when {@code font} has a glyph other than .notdef for every code point of {@code shaped}. */
    public static boolean covers(PDFont font, String shaped) {
        CmapLookup cmap = cmap(font);
        return shaped.codePoints().allMatch(cp -> cp == ' ' || (cmap != null ? cmap.getGlyphId(cp) > 0 : canEncode(font, cp)));
    }

    private static CmapLookup cmap(PDFont font) {
        if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid
                && cid.getTrueTypeFont() != null) {
            try {
                return cid.getTrueTypeFont().getUnicodeCmapLookup(false);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean canEncode(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false; // PDFBox: "No glyph for U+… in font …"
        }
    }

    private PDFont embed(PrintFonts.Candidate candidate) {
        try {
            byte[] bytes = candidate.bytes();
            TrueTypeFont ttf;
            if (candidate.inCollection()) {
                TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
                ttf = collection.getFontByName(candidate.name());
                if (ttf == null) {
                    throw new IOException("No font " + candidate.name() + " in " + candidate.file());
                }
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            }
            // no glyph substitution: copied text gives back the letters typed
            ttf.setEnableGsub(false);
            pdf.registerTrueTypeFontForClosing(ttf);
            return PDType0Font.load(pdf, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed the font " + candidate.name(), e);
        }
    }

    /** Characters drawn in one font, in visual order. */
    public record Run(String text, PDFont font) {
    }

    /**
     * One line ready to draw.
     *
     * @param logical the cleaned text, in the order it is read
     * @param runs    what {@code showText} receives, left to right, with the font of each part
     */
    public record PrintLine(String logical, List<Run> runs) {

        public PrintLine {
            runs = List.copyOf(runs);
        }

        /** What is drawn, left to right (shaped, visual order). */
        public String visual() {
            StringBuilder out = new StringBuilder();
            runs.forEach(r -> out.append(r.text()));
            return out.toString();
        }

        /** The fonts used, left to right, each once. */
        public List<PDFont> fonts() {
            return runs.stream().map(Run::font).distinct().toList();
        }

        /** Width in PDF points at {@code size}. */
        public float width(float size) {
            float width = 0;
            try {
                for (Run run : runs) {
                    width += run.font().getStringWidth(run.text()) / 1000f * size;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return width;
        }

        /** Draws the line with its baseline starting at ({@code x}, {@code baseline}), in the current fill colour. */
        public void show(PDPageContentStream cs, float size, float x, float baseline) throws IOException {
            if (runs.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.newLineAtOffset(x, baseline);
            for (Run run : runs) {
                cs.setFont(run.font(), size);
                cs.showText(run.text());
            }
            cs.endText();
        }
    }
}

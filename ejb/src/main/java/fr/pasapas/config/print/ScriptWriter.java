package fr.pasapas.config.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
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
 * Prints names of any script in one PDF document: {@link #line} is the one call a renderer needs.
 *
 * <pre>{@code
 * ScriptWriter scripts = new ScriptWriter(pdf);               // once per PDDocument
 * PrintLine name = scripts.line(learnerName, boldDejaVu);     // throws UnprintableTextException, never draws "?"
 * float width = name.width(24f);                              // to centre or right-align it
 * cs.setNonStrokingColor(0f, 0f, 0f);
 * name.show(cs, 24f, (pageWidth - width) / 2, baseline);
 * }</pre>
 *
 * The preferred font (the renderer's DejaVu Sans, already in the document) is used whenever it has every glyph;
 * otherwise the first font of {@link PrintFonts} that has them all is embedded, as a subset, once per document.
 * For text laid out over several lines, choose the font for the whole text with {@link #fontFor}, wrap the
 * {@link ScriptText#clean cleaned} text measuring {@link ScriptText#shaped}, and draw each line's
 * {@link ScriptText#visual}.
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
     * {@code text} (a name, any script, as typed) ready to draw on one line: cleaned, shaped, in visual order, with
     * the font that has all its glyphs.
     *
     * @throws UnprintableTextException when no font of the chain can print it
     */
    public PrintLine line(String text, PDFont preferred) {
        String clean = ScriptText.clean(text);
        return new PrintLine(clean, ScriptText.visual(clean), fontFor(clean, preferred));
    }

    /**
     * The font to draw the whole of a {@link ScriptText#clean cleaned} text with: {@code preferred} when it has a
     * glyph for every character (as shaped), else the first font of the chain that has, embedded in this document.
     *
     * @throws UnprintableTextException when no font of the chain can print it
     */
    public PDFont fontFor(String cleanText, PDFont preferred) {
        String shaped = ScriptText.shaped(cleanText);
        if (covers(preferred, shaped)) {
            return preferred;
        }
        PrintFonts.Candidate candidate = fonts.fontFor(shaped)
                .orElseThrow(() -> new UnprintableTextException(cleanText));
        return embedded.computeIfAbsent(candidate, this::embed);
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

    /**
     * One line ready to draw.
     *
     * @param logical the cleaned text, in the order it is read
     * @param visual  what {@code showText} receives: shaped, left to right
     * @param font    the font that has every glyph of {@code visual}
     */
    public record PrintLine(String logical, String visual, PDFont font) {

        /** Width in PDF points at {@code size}. */
        public float width(float size) {
            try {
                return font.getStringWidth(visual) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Draws the line with its baseline starting at ({@code x}, {@code baseline}), in the current fill colour. */
        public void show(PDPageContentStream cs, float size, float x, float baseline) throws IOException {
            if (visual.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(visual);
            cs.endText();
        }
    }
}

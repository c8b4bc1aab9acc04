package fr.pasapas.config.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts names can be printed with, in the order they are tried: the bundled DejaVu Sans (bold and regular,
 * from the classpath {@code /fonts/}: Latin with every diacritic, Greek, Cyrillic, Armenian, Georgian, Hebrew,
 * Arabic with its presentation forms), then the TrueType fonts installed on the machine (Chinese, Japanese, Korean,
 * Indic… when a package such as {@code fonts-droid-fallback} or {@code fonts-wqy-microhei} is installed).
 *
 * <p>Which characters a font can print is read from its Unicode cmap (a glyph other than .notdef). Installed fonts
 * are looked for once, lazily, the first time a text is not covered by DejaVu, under {@code /usr/share/fonts},
 * {@code /usr/local/share/fonts} and the folders of the system property {@code pasapas.print.fontDirs}
 * (separated by the path separator); nothing found is not an error. Only fonts that PDFBox can embed as a subset
 * are kept: TrueType outlines (not CFF), embedding and subsetting allowed, upright (not italic).
 *
 * <p>Thread-safe and immutable once scanned: {@link #shared()} is the one instance of the application.
 */
public final class PrintFonts {

    private static final Logger LOG = Logger.getLogger(PrintFonts.class.getName());
    /** Font files already read for printing, by path or resource. */
    private static final java.util.Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> DEFAULT_DIRS = List.of("/usr/share/fonts", "/usr/local/share/fonts");

    /** A font that can print some characters: bundled (on the classpath) or installed (a file, maybe a collection). */
    public record Candidate(String name, String resource, Path file, BitSet coverage, int weight) {

        /** True when the font has a glyph for every code point of {@code text} (spaces excepted). */
        public boolean covers(String text) {
            return text.codePoints().allMatch(cp -> cp == ' ' || coverage.get(cp));
        }

        /** The font file's bytes (a collection's whole file), read once: only fonts names were printed with. */
        byte[] bytes() throws IOException {
            byte[] cached = FILES.get(resource != null ? resource : file.toString());
            if (cached != null) {
                return cached;
            }
            byte[] read = resource != null ? PrintFonts.resource(resource) : Files.readAllBytes(file);
            FILES.putIfAbsent(resource != null ? resource : file.toString(), read);
            return read;
        }

        boolean inCollection() {
            return resource == null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        }
    }

    private static final class Holder {
        static final PrintFonts SHARED = new PrintFonts(List.of("/fonts/DejaVuSans-Bold.ttf", "/fonts/DejaVuSans.ttf"),
                directories());
    }

    private final List<Candidate> bundled;
    private final List<Path> directories;
    private volatile List<Candidate> installed;

    /**
     * @param bundledResources classpath font files tried first, in order
     * @param directories      folders scanned (recursively, once, when first needed) for installed fonts
     */
    PrintFonts(List<String> bundledResources, List<Path> directories) {
        List<Candidate> fonts = new ArrayList<>();
        for (String resource : bundledResources) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(resource(resource)));
                try (ttf) {
                    fonts.add(new Candidate(ttf.getName(), resource, null, coverage(ttf), weight(ttf)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled font " + resource, e);
            }
        }
        this.bundled = List.copyOf(fonts);
        this.directories = List.copyOf(directories);
    }

    /** The fonts of the application: the bundled DejaVu Sans, then the machine's fonts. */
    public static PrintFonts shared() {
        return Holder.SHARED;
    }

    /**
     * True when every character can be printed by a font of the chain (bundled, or installed on this machine): a
     * word is set in one font when one has all its letters, else letter by letter ({@link ScriptWriter}).
     */
    public boolean canPrint(String text) {
        return unprintable(text).isEmpty();
    }

    /** The characters of {@code text} (as shaped) that no font of the chain has, in order, each once; empty if none. */
    public String unprintable(String text) {
        StringBuilder missing = new StringBuilder();
        ScriptText.shaped(ScriptText.clean(text)).codePoints().distinct()
                .filter(cp -> cp != ' ' && fontFor(new String(Character.toChars(cp))).isEmpty())
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /** True when a bundled font can print every character: the text prints the same on any server. */
    public boolean canPrintEverywhere(String text) {
        String shaped = ScriptText.shaped(ScriptText.clean(text));
        return bundled.stream().anyMatch(f -> f.covers(shaped));
    }

    /** The first font of the chain that covers every code point of {@code shaped} (shaped as drawn). */
    Optional<Candidate> fontFor(String shaped) {
        for (Candidate font : bundled) {
            if (font.covers(shaped)) {
                return Optional.of(font);
            }
        }
        return installed().stream().filter(f -> f.covers(shaped)).findFirst();
    }

    /** The fonts found on the machine (scanned on first use). */
    List<Candidate> installed() {
        List<Candidate> found = installed;
        if (found == null) {
            synchronized (this) {
                found = installed;
                if (found == null) {
                    found = scan(directories);
                    installed = found;
                }
            }
        }
        return found;
    }

    private static List<Path> directories() {
        List<Path> dirs = new ArrayList<>();
        String extra = System.getProperty("pasapas.print.fontDirs", "");
        for (String dir : extra.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Paths.get(dir.strip()));
            }
        }
        DEFAULT_DIRS.forEach(d -> dirs.add(Paths.get(d)));
        return dirs;
    }

    private static List<Candidate> scan(List<Path> directories) {
        long start = System.nanoTime();
        List<Candidate> fonts = new ArrayList<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).sorted().forEach(file -> read(file, fonts));
            } catch (IOException | UncheckedIOException e) {
                LOG.log(Level.WARNING, "Cannot list the fonts under " + dir, e);
            }
        }
        // regular weights first, then the nearest ones (medium, light, bold…); by file otherwise
        fonts.sort(Comparator.comparingInt((Candidate c) -> Math.abs(c.weight() - 400)));
        LOG.info(() -> "Fonts for printing names in other scripts: " + fonts.size() + " found in "
                + (System.nanoTime() - start) / 1_000_000 + " ms: " + fonts.stream().map(Candidate::name).toList());
        return List.copyOf(fonts);
    }

    private static void read(Path file, List<Candidate> fonts) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(ttf -> keep(file, ttf, fonts));
                }
            } else if (name.endsWith(".ttf") || name.endsWith(".otf")) {
                TrueTypeFont ttf = name.endsWith(".otf")
                        ? new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))
                        : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                try (ttf) {
                    keep(file, ttf, fonts);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Font left out: " + file, e);
        }
    }

    private static void keep(Path file, TrueTypeFont ttf, List<Candidate> fonts) throws IOException {
        if (ttf instanceof OpenTypeFont otf && otf.isPostScript() || ttf.getGlyph() == null) {
            return; // CFF outlines: PDFBox cannot embed them as a subset
        }
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        if (os2 != null) {
            int fsType = os2.getFsType();
            if ((fsType & 0x000F) == 0x0002 || (fsType & 0x0100) != 0) {
                return; // the licence forbids embedding, or subsetting
            }
        }
        String fontName = ttf.getName() == null ? file.getFileName().toString() : ttf.getName();
        String lower = fontName.toLowerCase(Locale.ROOT);
        boolean italic = ttf.getHeader() != null && (ttf.getHeader().getMacStyle() & 0x02) != 0;
        if (italic || lower.contains("italic") || lower.contains("oblique")) {
            return;
        }
        fonts.add(new Candidate(fontName, null, file, coverage(ttf), weight(ttf)));
    }

    private static int weight(TrueTypeFont ttf) throws IOException {
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        return os2 == null ? 400 : os2.getWeightClass();
    }

    /** The code points the font has a real glyph for (its Unicode cmap, without glyph substitutions). */
    static BitSet coverage(TrueTypeFont ttf) throws IOException {
        ttf.setEnableGsub(false);
        BitSet covered = new BitSet();
        CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
        if (lookup instanceof CmapSubtable cmap) {
            int glyphs = ttf.getNumberOfGlyphs();
            for (int gid = 1; gid < glyphs; gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null) {
                    codes.forEach(covered::set);
                }
            }
        }
        return covered;
    }

    static byte[] resource(String resource) throws IOException {
        try (InputStream in = PrintFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        }
    }
}

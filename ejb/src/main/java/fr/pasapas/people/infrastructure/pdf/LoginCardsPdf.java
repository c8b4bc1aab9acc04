package fr.pasapas.people.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import fr.pasapas.config.print.PrintFonts;
import fr.pasapas.config.print.ScriptText;
import fr.pasapas.config.print.ScriptWriter;
import fr.pasapas.config.print.UnprintableTextException;
import fr.pasapas.config.print.VectorQrCode;

/**
 * Login cards on A4 portrait pages, {@value #PER_PAGE} a page (2 columns, 4 rows, cards of equal size with
 * dashed cut lines). A card says where to go (the platform's address), the organisation, the learner's name,
 * their username, their PIN when it was just given (else a blank line to write it) and a QR code that opens the
 * login page with the username filled in ({@code <address>login.xhtml?u=<username>}; never the PIN).
 *
 * <p>Pure black on white, large type: cards are printed on the centre's black and white printer and read by
 * people with poor sight. The username and the PIN are set in DejaVu Sans Mono Bold, where 0 and O, 1 and l
 * differ. Names are set in DejaVu Sans, which has the Latin letters of French, Vietnamese (ễ, ư, ơ…), Turkish,
 * Polish, and the Greek, Cyrillic, Armenian, Georgian and Arabic alphabets; Arabic letters are joined and
 * right-to-left text put in the order it is seen ({@link ScriptText#visual}). A name in a script DejaVu lacks
 * (Chinese, Japanese, Korean, Tamil…) is set in a font installed on the machine that has it ({@link PrintFonts});
 * when there is none, the cards are not printed ({@link UnprintableTextException}): never a "?" in a name. The
 * caller passes the Latin spelling a trainer gave for such a name.
 *
 * <p>Thread-safe: the font files are read once; each call parses them for its own document.
 */
public final class LoginCardsPdf {

    public static final int PER_PAGE = 8;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final String BLANK_PIN = "________";

    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float MARGIN = 18f;
    static final float CARD_WIDTH = (PAGE.getWidth() - 2 * MARGIN) / COLUMNS;
    static final float CARD_HEIGHT = (PAGE.getHeight() - 2 * MARGIN) / ROWS;
    private static final float PAD = 14f;
    private static final float QR_SIZE = 100f;
    private static final float GAP = 10f;

    private final byte[] regularFont = read("/fonts/DejaVuSans.ttf");
    private final byte[] boldFont = read("/fonts/DejaVuSans-Bold.ttf");
    private final byte[] monoFont = read("/fonts/DejaVuSansMono-Bold.ttf");

    /**
     * The cards, in the order given.
     *
     * @param publicUrl the platform's public address, ending with "/"
     * @throws UnprintableTextException when no font can print a name or the organisation's name: nothing printed
     */
    public byte[] render(List<LoginCard> cards, String organisation, String publicUrl) {
        Objects.requireNonNull(cards, "cards");
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("No card to print");
        }
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        try (PDDocument pdf = new PDDocument()) {
            Fonts fonts = new Fonts(font(pdf, regularFont), font(pdf, boldFont), font(pdf, monoFont),
                    new ScriptWriter(pdf));
            for (int first = 0; first < cards.size(); first += PER_PAGE) {
                PDPage page = new PDPage(PAGE);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    List<LoginCard> onPage = cards.subList(first, Math.min(cards.size(), first + PER_PAGE));
                    for (int i = 0; i < onPage.size(); i++) {
                        float left = MARGIN + (i % COLUMNS) * CARD_WIDTH;
                        float top = PAGE.getHeight() - MARGIN - (i / COLUMNS) * CARD_HEIGHT;
                        new Card(cs, fonts, onPage.get(i), organisation, base).draw(left, top);
                    }
                    cutLines(cs, onPage.size());
                }
                pdf.addPage(page);
            }
            pdf.getDocumentInformation().setTitle("Cartes de connexion – " + organisation);
            pdf.getDocumentInformation().setCreator("Pas-à-Pas");
            pdf.getDocumentCatalog().setLanguage("fr-FR");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render login cards", e);
        }
    }

    /** The address a card's QR code opens: the login page with the username filled in. */
    public static String loginUrl(String publicUrl, String username) {
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        return base + "login.xhtml?u=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    }

    /** Dashed lines around and between the cards of the rows in use. */
    private static void cutLines(PDPageContentStream cs, int cardsOnPage) throws IOException {
        int rows = (cardsOnPage + COLUMNS - 1) / COLUMNS;
        float top = PAGE.getHeight() - MARGIN;
        float bottom = top - rows * CARD_HEIGHT;
        float right = MARGIN + COLUMNS * CARD_WIDTH;
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(0.6f);
        cs.setLineDashPattern(new float[] {4f, 3f}, 0f);
        for (int r = 0; r <= rows; r++) {
            float y = top - r * CARD_HEIGHT;
            cs.moveTo(MARGIN, y);
            cs.lineTo(right, y);
        }
        for (int c = 0; c <= COLUMNS; c++) {
            float x = MARGIN + c * CARD_WIDTH;
            cs.moveTo(x, top);
            cs.lineTo(x, bottom);
        }
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0f);
    }

    private record Fonts(PDFont regular, PDFont bold, PDFont mono, ScriptWriter scripts) {
    }

    /** One card, drawn from its top left corner. */
    private static final class Card {
        private final PDPageContentStream cs;
        private final Fonts fonts;
        private final LoginCard card;
        private final String organisation;
        private final String base;

        Card(PDPageContentStream cs, Fonts fonts, LoginCard card, String organisation, String base) {
            this.cs = cs;
            this.fonts = fonts;
            this.card = card;
            this.organisation = organisation;
            this.base = base;
        }

        void draw(float left, float top) throws IOException {
            float x = left + PAD;
            float width = CARD_WIDTH - 2 * PAD;
            float y = top - PAD;
            // where to go: the brand and the address to type, the organisation
            y -= 12f;
            String address = base.replaceFirst("^https?://", "").replaceFirst("/$", "");
            text(fit("Pas-à-Pas · " + address, fonts.bold(), 12f, 8f, width), fonts.bold(), x, y);
            y -= 13f;
            text(fit(ScriptText.clean(organisation), fonts.regular(), 10f, 7f, width), fonts.regular(), x, y);

            // the QR code at the right, its quiet zone inside the card
            VectorQrCode qr = VectorQrCode.of(loginUrl(base, card.username()));
            float qrLeft = left + CARD_WIDTH - PAD - QR_SIZE;
            float qrBottom = top - CARD_HEIGHT + PAD + 12f;
            qr.draw(cs, qrLeft, qrBottom, QR_SIZE);
            text(new Sized("Scannez-moi", 8f), fonts.regular(), qrLeft + (QR_SIZE - width(fonts.regular(), 8f, "Scannez-moi")) / 2,
                    qrBottom - 10f);

            // the name, the username and the PIN at the left of the code
            float column = qrLeft - qr.quietZone(QR_SIZE) - x;
            float lineTop = y - 10f;
            List<String> name = nameLines(ScriptText.clean(card.displayName()), column);
            float nameSize = nameSize(name, column);
            for (String line : name) {
                lineTop -= nameSize * 1.15f;
                text(new Sized(line, nameSize), fonts.bold(), x, lineTop);
            }
            lineTop -= 20f;
            text(new Sized("Identifiant :", 10f), fonts.regular(), x, lineTop);
            lineTop -= 19f;
            text(fit(card.username(), fonts.mono(), 17f, 9f, column), fonts.mono(), x, lineTop);
            lineTop -= 26f;
            boolean known = card.pin() != null && !card.pin().isBlank();
            float labelWidth = width(fonts.regular(), 12f, "Code : ");
            text(new Sized("Code : ", 12f), fonts.regular(), x, lineTop);
            text(new Sized(known ? card.pin() : BLANK_PIN, 17f), fonts.mono(), x + labelWidth, lineTop);
            text(new Sized("Gardez votre code pour vous.", 8f), fonts.regular(), x, top - CARD_HEIGHT + PAD + 2f);
        }

        /** A name on one line, or two when it is long (cut at the space nearest the middle). */
        private List<String> nameLines(String name, float column) throws IOException {
            if (width(fonts.bold(), 15f, name) <= column || !name.contains(" ")) {
                return List.of(name);
            }
            int middle = name.length() / 2;
            int cut = -1;
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) == ' ' && (cut < 0 || Math.abs(i - middle) < Math.abs(cut - middle))) {
                    cut = i;
                }
            }
            return List.of(name.substring(0, cut), name.substring(cut + 1));
        }

        private float nameSize(List<String> lines, float column) throws IOException {
            float size = 15f;
            for (String line : lines) {
                while (size > 8f && width(fonts.bold(), size, line) > column) {
                    size -= 0.5f;
                }
            }
            return size;
        }

        private Sized fit(String text, PDFont font, float max, float min, float width) throws IOException {
            float size = max;
            while (size > min && width(font, size, text) > width) {
                size -= 0.5f;
            }
            return new Sized(text, size);
        }

        private void text(Sized text, PDFont font, float x, float baseline) throws IOException {
            cs.setNonStrokingColor(0f, 0f, 0f);
            // Arabic joined, right-to-left runs in the order they are seen, a word DejaVu lacks in an installed font
            fonts.scripts().line(text.text(), font).show(cs, text.size(), x, baseline);
        }

        /** Width of a line as {@link #text} draws it (a name may mix fonts). */
        private float width(PDFont font, float size, String text) {
            return fonts.scripts().line(text, font).width(size);
        }
    }

    private record Sized(String text, float size) {
    }


    private static PDFont font(PDDocument pdf, byte[] file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        // no glyph substitution: "fi" stays two letters when the text is copied or read back
        ttf.setEnableGsub(false);
        return PDType0Font.load(pdf, ttf, true);
    }

    private static byte[] read(String resource) {
        try (InputStream in = LoginCardsPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}

package fr.pasapas.config.print;

/**
 * No font of the chain ({@link PrintFonts}) can print a text: rather than drawing "?" or an empty box, the PDF is
 * not made. Enrolment asks for a Latin spelling of such names, so this is seen only with data entered before.
 */
public class UnprintableTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;

    public UnprintableTextException(String text) {
        super("No font can print every character of «" + text + "» (" + codePoints(text) + ")");
        this.text = text;
    }

    /** The text that cannot be printed, cleaned as it would have been drawn. */
    public String text() {
        return text;
    }

    private static String codePoints(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> cp > 0x7E).distinct().limit(12)
                .forEach(cp -> out.append(out.length() == 0 ? "" : " ").append(String.format("U+%04X", cp)));
        return out.toString();
    }
}

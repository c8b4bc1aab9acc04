package fr.pasapas.reporting.infrastructure.export;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV injection): a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so a learner named
 * {@code =HYPERLINK(...)} in an import shows as that text and never becomes a link or a command. Every
 * exported text cell goes through here, in CSV and in XLSX alike.
 */
public final class SafeCell {

    private SafeCell() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}

package fr.pasapas.reporting.application.figures;

/** The two files staff open in a spreadsheet. */
public enum FiguresFormat {
    CSV, XLSX;

    /** {@code csv} or {@code xlsx} (any case); null for anything else. */
    public static FiguresFormat of(String text) {
        for (FiguresFormat format : values()) {
            if (format.name().equalsIgnoreCase(text)) {
                return format;
            }
        }
        return null;
    }
}

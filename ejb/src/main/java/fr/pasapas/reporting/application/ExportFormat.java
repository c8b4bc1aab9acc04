package fr.pasapas.reporting.application;

import fr.pasapas.reporting.infrastructure.export.TableExport;

/** The two files a dashboard exports: a CSV for French Excel and an XLSX spreadsheet. */
public enum ExportFormat {
    CSV(TableExport.CSV_TYPE, "csv"),
    XLSX(TableExport.XLSX_TYPE, "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by a request parameter, or null for anything else. */
    public static ExportFormat parse(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name == null ? "" : name)) {
                return format;
            }
        }
        return null;
    }
}

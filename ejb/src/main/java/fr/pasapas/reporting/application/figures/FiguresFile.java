package fr.pasapas.reporting.application.figures;

/** An export ready to download: its file name, its content type and its bytes. */
public record FiguresFile(String fileName, String contentType, byte[] content) {
}

package fr.pasapas.sandbox.application;

/** A document downloaded on a replica: its file name and its PDF (marked SPECIMEN on every page). */
public record DownloadedFile(String file, byte[] pdf) {
}

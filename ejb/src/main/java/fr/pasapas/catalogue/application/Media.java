package fr.pasapas.catalogue.application;

/** A media file of a course (image, recorded audio), with the MIME type to send it with. */
public record Media(String contentType, byte[] content) {
}

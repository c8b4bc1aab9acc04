package fr.pasapas.catalogue.infrastructure.content;

/**
 * An image of a course, ready to serve.
 *
 * @param path        path relative to the course folder, e.g. {@code images/toucher.svg}
 * @param contentType e.g. {@code image/svg+xml}
 * @param bytes       the file content (not copied: do not modify)
 */
public record MediaFile(String path, String contentType, byte[] bytes) {
}

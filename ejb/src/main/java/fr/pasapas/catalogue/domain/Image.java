package fr.pasapas.catalogue.domain;

/**
 * An illustration of a step.
 *
 * @param path file path relative to the course folder, e.g. {@code images/toucher.svg}
 * @param alt  text alternative, read by screen readers and read aloud
 */
public record Image(String path, String alt) {
}

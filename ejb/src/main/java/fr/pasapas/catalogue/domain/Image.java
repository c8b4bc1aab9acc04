package fr.pasapas.catalogue.domain;

import java.util.List;

/**
 * An illustration of a step.
 *
 * @param path file path relative to the course folder, e.g. {@code images/toucher.svg}
 * @param alt  text alternative, read by screen readers and read aloud
 */
public record Image(String path, String alt) {

    /** The path of an optional image: none when {@code image} is null. */
    static List<String> paths(Image image) {
        return image == null ? List.of() : List.of(image.path());
    }
}

package fr.pasapas.catalogue.infrastructure.content;

import java.util.Optional;

/**
 * Where content files come from: a folder on disk ({@link DirectoryContentSource}) or the application's
 * classpath ({@link ClasspathContentSource}). Paths are relative to the content root, with {@code /}
 * separators, e.g. {@code decouvrir-appareil/course.yaml}.
 */
public interface ContentSource {

    /**
     * Reads one file.
     *
     * @return its bytes, or empty when there is no such file
     * @throws IllegalArgumentException when the path is empty, absolute or contains {@code ..}
     */
    Optional<byte[]> read(String relativePath);

    /** Where the content comes from, for logs, e.g. {@code directory /srv/pasapas/content}. */
    String describe();
}

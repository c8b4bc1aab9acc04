package fr.pasapas.catalogue.infrastructure.content;

import java.util.Comparator;

/**
 * One problem in the content, e.g. {@code decouvrir-appareil/ecran-tactile.module.yaml:42: ...}.
 *
 * @param file    path relative to the content root
 * @param line    1-based line of the offending YAML node (1 when the whole file is concerned)
 * @param message what is wrong, in words a course author can act on
 */
public record ContentError(String file, int line, String message) {

    /** The order of a report: by file, then by line. */
    public static final Comparator<ContentError> BY_FILE_AND_LINE =
            Comparator.comparing(ContentError::file).thenComparingInt(ContentError::line);

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

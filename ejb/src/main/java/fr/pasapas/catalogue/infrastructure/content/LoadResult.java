package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.Catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link ContentLoader#load()} found: either a complete catalogue, or the list of errors (never a half
 * catalogue).
 *
 * @param catalogue the catalogue, or {@code null} when there is any error
 * @param errors    every error, sorted by file then line; empty when the catalogue is there
 */
public record LoadResult(Catalogue catalogue, List<ContentError> errors) {

    public LoadResult {
        errors = List.copyOf(errors);
        if (errors.isEmpty() == (catalogue == null)) {
            throw new IllegalArgumentException("a load result holds either a catalogue or errors");
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** One {@code file:line: message} per line, for logs and test failures; empty when ok. */
    public String report() {
        return errors.stream().map(ContentError::toString).collect(Collectors.joining("\n"));
    }
}

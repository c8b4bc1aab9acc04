package fr.pasapas.sandbox.infrastructure.content;

import java.util.List;
import java.util.Optional;

/**
 * Where the sandbox reads its files: paths relative to the content root, with {@code /} separators. The loader
 * reads the files {@code sandbox/sandbox.yaml} names; it lists a folder only to find the files it does not name.
 */
public interface SandboxFiles {

    /** The bytes of one file, or empty when there is none. */
    Optional<byte[]> read(String relativePath);

    /**
     * The names of the files directly in a folder, sorted (none when there is no such folder), when these files
     * can be listed: a folder on disk can, the files packaged in the application are not (empty).
     */
    default Optional<List<String>> list(String folder) {
        return Optional.empty();
    }
}

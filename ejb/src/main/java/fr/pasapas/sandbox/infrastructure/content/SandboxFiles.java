package fr.pasapas.sandbox.infrastructure.content;

import java.util.List;
import java.util.Optional;

/** Where the sandbox reads its files: paths relative to the content root, with {@code /} separators. */
public interface SandboxFiles {

    /** The bytes of one file, or empty when there is none. */
    Optional<byte[]> read(String relativePath);

    /** The names of the files directly in a folder, sorted; empty when there is no such folder. */
    List<String> list(String folder);
}

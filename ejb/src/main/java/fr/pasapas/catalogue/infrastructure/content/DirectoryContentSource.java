package fr.pasapas.catalogue.infrastructure.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads content from a folder on disk, e.g. the {@code content/} folder of the repository. */
public final class DirectoryContentSource implements ContentSource {

    private final Path root;

    public DirectoryContentSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        Path file = root.resolve(RelativePaths.requireSafe(relativePath)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty(); // a symbolic link pointing out of the content folder
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content file " + file, e);
        }
    }

    @Override
    public String describe() {
        return "directory " + root;
    }
}

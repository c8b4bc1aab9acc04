package fr.pasapas.sandbox.infrastructure.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the sandbox files from a content folder on disk, e.g. the repository's {@code content/}
 * ({@code PASAPAS_CONTENT_DIR}, tests); its folders can be listed, so a file the manifest does not name is found.
 */
public final class DirectorySandboxFiles implements SandboxFiles {

    private final Path root;

    public DirectorySandboxFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        Path file = resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sandbox file " + file, e);
        }
    }

    @Override
    public Optional<List<String>> list(String folder) {
        Path directory = resolve(folder);
        if (!Files.isDirectory(directory)) {
            return Optional.of(List.of());
        }
        try (Stream<Path> files = Files.list(directory)) {
            return Optional.of(files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list sandbox folder " + directory, e);
        }
    }

    private Path resolve(String relativePath) {
        Path path = root.resolve(relativePath).normalize();
        if (relativePath.isEmpty() || relativePath.contains("..") || !path.startsWith(root)) {
            throw new IllegalArgumentException("not a path inside the content folder: " + relativePath);
        }
        return path;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}

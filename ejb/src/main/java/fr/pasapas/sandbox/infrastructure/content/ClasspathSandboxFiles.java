package fr.pasapas.sandbox.infrastructure.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the sandbox files packaged in the application (the build copies {@code content/} under
 * {@code pasapas-content/}), one resource at a time: the loader reads the files {@code sandbox/sandbox.yaml}
 * names, so nothing here lists a folder (a class path cannot be listed in general).
 */
public final class ClasspathSandboxFiles implements SandboxFiles {

    private final ClassLoader classLoader;
    private final String prefix;

    public ClasspathSandboxFiles(ClassLoader classLoader, String prefix) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        try (InputStream in = classLoader.getResourceAsStream(prefix + safe(relativePath))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sandbox resource " + relativePath, e);
        }
    }

    private static String safe(String relativePath) {
        if (relativePath.isEmpty() || relativePath.contains("..") || relativePath.startsWith("/")) {
            throw new IllegalArgumentException("not a path inside the content folder: " + relativePath);
        }
        return relativePath;
    }

    @Override
    public String toString() {
        return "classpath:" + prefix;
    }
}

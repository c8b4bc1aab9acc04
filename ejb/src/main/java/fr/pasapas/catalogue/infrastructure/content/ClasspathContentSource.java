package fr.pasapas.catalogue.infrastructure.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads content packaged in the application: the build copies {@code content/} into the ejb jar under
 * {@value #DEFAULT_PREFIX}.
 */
public final class ClasspathContentSource implements ContentSource {

    public static final String DEFAULT_PREFIX = "pasapas-content/";

    private final ClassLoader classLoader;
    private final String prefix;

    public ClasspathContentSource(ClassLoader classLoader, String prefix) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        String trimmed = Objects.requireNonNull(prefix, "prefix").replaceFirst("^/+", "");
        this.prefix = trimmed.isEmpty() || trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    /** The content packaged in the ejb jar, under {@value #DEFAULT_PREFIX}. */
    public static ClasspathContentSource packaged() {
        return new ClasspathContentSource(ClasspathContentSource.class.getClassLoader(), DEFAULT_PREFIX);
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        String resource = prefix + RelativePaths.requireSafe(relativePath);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content resource " + resource, e);
        }
    }

    @Override
    public String describe() {
        return "classpath:" + prefix;
    }
}

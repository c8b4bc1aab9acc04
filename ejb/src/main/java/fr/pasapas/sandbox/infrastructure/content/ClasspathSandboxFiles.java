package fr.pasapas.sandbox.infrastructure.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the sandbox files packaged in the application (the build copies {@code content/} under
 * {@code pasapas-content/}). A class path cannot be listed in general, so a folder is listed from where its URL
 * points: a folder on disk (tests), a jar, or WildFly's virtual file system (the deployed ejb jar).
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

    @Override
    public List<String> list(String folder) {
        String resource = prefix + safe(folder) + "/";
        URL url = classLoader.getResource(resource);
        if (url == null) {
            return List.of();
        }
        try {
            return switch (url.getProtocol()) {
                case "file" -> onDisk(Path.of(url.toURI()));
                case "jar" -> inJar((JarURLConnection) url.openConnection(), resource);
                case "vfs" -> inVirtualFolder(url);
                default -> throw new IllegalStateException("cannot list sandbox folder " + url);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list sandbox folder " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list sandbox folder " + url, e);
        }
    }

    private static List<String> onDisk(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> inJar(JarURLConnection connection, String resource) throws IOException {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            TreeSet<String> names = new TreeSet<>();
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(resource) && name.length() > resource.length()
                        && name.indexOf('/', resource.length()) < 0) {
                    names.add(name.substring(resource.length()));
                }
            }
            return List.copyOf(names);
        }
    }

    /** WildFly's {@code vfs:} URL gives its {@code org.jboss.vfs.VirtualFile}, read here without a compile-time link. */
    private static List<String> inVirtualFolder(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        Object folder = connection.getContent();
        try {
            Collection<?> children = (Collection<?>) folder.getClass().getMethod("getChildren").invoke(folder);
            List<String> names = new ArrayList<>();
            for (Object child : children) {
                if ((Boolean) child.getClass().getMethod("isFile").invoke(child)) {
                    names.add((String) child.getClass().getMethod("getName").invoke(child));
                }
            }
            return names.stream().sorted().toList();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot list sandbox folder " + url, e);
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

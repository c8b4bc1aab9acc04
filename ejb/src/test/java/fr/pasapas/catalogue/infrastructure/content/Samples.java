package fr.pasapas.catalogue.infrastructure.content;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The content samples of {@code src/test/resources/content-samples/}: {@code base} is a small valid tree and
 * every other folder holds only the files it breaks, read in front of {@code base}. The schemas are always
 * the real ones of {@code content/schema/}, so these tests check the schemas authors really use.
 */
final class Samples {

    /** The repository's content/ folder; surefire sets the property, the default suits an IDE run from ejb/. */
    static final Path REAL_CONTENT = Path.of(System.getProperty("pasapas.content.dir", "../content"));

    static final String MODULE = "cours-test/module-test.module.yaml";

    private Samples() {
    }

    static LoadResult load(String sample) {
        return new ContentLoader(source(sample)).load();
    }

    static ContentSource source(String sample) {
        ContentSource realSchemas = schemasOnly(new DirectoryContentSource(REAL_CONTENT));
        return new Layers(List.of(folder(sample), folder("base"), realSchemas));
    }

    static Path samplesRoot() {
        try {
            return Path.of(Samples.class.getResource("/content-samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSource folder(String sample) {
        Path folder = samplesRoot().resolve(sample);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no content sample " + folder);
        }
        return new DirectoryContentSource(folder);
    }

    private static ContentSource schemasOnly(ContentSource source) {
        return new ContentSource() {
            @Override
            public Optional<byte[]> read(String relativePath) {
                return relativePath.startsWith("schema/") ? source.read(relativePath) : Optional.empty();
            }

            @Override
            public String describe() {
                return "schemas of " + source.describe();
            }
        };
    }

    /** Reads each file from the first layer that has it. */
    private record Layers(List<ContentSource> layers) implements ContentSource {

        @Override
        public Optional<byte[]> read(String relativePath) {
            return layers.stream().map(layer -> layer.read(relativePath))
                    .flatMap(Optional::stream).findFirst();
        }

        @Override
        public String describe() {
            return "sample layers";
        }
    }
}

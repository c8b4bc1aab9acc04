package fr.pasapas.catalogue.infrastructure.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The public seam over this package's YAML reading and schema checking, for content that is not a course (the
 * sandbox's sites and scenarios): the same parser limits, the same JSON Schema dialect, the same messages,
 * each problem reported as a {@link ContentError} with its file and line.
 */
public final class ContentFiles {

    private ContentFiles() {
    }

    /** The document's node tree (every node keeps its line), or empty after recording why it cannot be read. */
    public static Optional<Node> parse(String file, byte[] bytes, List<ContentError> errors) {
        return YamlParser.parse(bytes, new FileErrors(file, errors));
    }

    /** A schema file of {@code content/schema/}, or empty after recording what is wrong with it. */
    public static Optional<Schema> schema(String file, byte[] bytes, List<ContentError> errors) {
        FileErrors fileErrors = new FileErrors(file, errors);
        return YamlParser.parse(bytes, fileErrors)
                .flatMap(root -> ContentSchema.load(file, root, fileErrors))
                .map(Schema::new);
    }

    /** One loaded schema, applied to documents. */
    public static final class Schema {

        private final ContentSchema schema;

        private Schema(ContentSchema schema) {
            this.schema = Objects.requireNonNull(schema);
        }

        /** Records every violation of this schema in the document, on the document's lines. */
        public void validate(String file, Node document, List<ContentError> errors) {
            schema.validate(document, new FileErrors(file, errors));
        }
    }
}

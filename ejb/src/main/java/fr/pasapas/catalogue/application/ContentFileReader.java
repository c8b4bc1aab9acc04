package fr.pasapas.catalogue.application;

import fr.pasapas.catalogue.infrastructure.content.ContentError;
import fr.pasapas.catalogue.infrastructure.content.ContentFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What other contexts use to read their own files under {@code content/} the way courses are read (same YAML
 * limits, same JSON Schema dialect and messages): contexts talk to the catalogue through its application
 * layer, never through its infrastructure.
 */
public final class ContentFileReader {

    /** One problem in a content file, e.g. {@code sandbox/sites/caf.site.yaml:12: ...}. */
    public record Problem(String file, int line, String message) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private ContentFileReader() {
    }

    /** The document's node tree (each node keeps its line), or empty after recording why it cannot be read. */
    public static Optional<Node> parse(String file, byte[] bytes, List<Problem> problems) {
        List<ContentError> errors = new ArrayList<>();
        Optional<Node> root = ContentFiles.parse(file, bytes, errors);
        copy(errors, problems);
        return root;
    }

    /** A JSON Schema file (YAML, draft 2020-12), or empty after recording what is wrong with it. */
    public static Optional<Rules> schema(String file, byte[] bytes, List<Problem> problems) {
        List<ContentError> errors = new ArrayList<>();
        Optional<ContentFiles.Schema> schema = ContentFiles.schema(file, bytes, errors);
        copy(errors, problems);
        return schema.map(Rules::new);
    }

    /** A loaded schema. */
    public static final class Rules {

        private final ContentFiles.Schema schema;

        private Rules(ContentFiles.Schema schema) {
            this.schema = schema;
        }

        /** Records every violation of the schema in the document. */
        public void validate(String file, Node document, List<Problem> problems) {
            List<ContentError> errors = new ArrayList<>();
            schema.validate(file, document, errors);
            copy(errors, problems);
        }
    }

    private static void copy(List<ContentError> errors, List<Problem> problems) {
        errors.forEach(error -> problems.add(new Problem(error.file(), error.line(), error.message())));
    }
}

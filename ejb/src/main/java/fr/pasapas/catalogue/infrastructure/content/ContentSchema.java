package fr.pasapas.catalogue.infrastructure.content;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.DialectId;
import com.networknt.schema.dialect.Draft202012;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import org.yaml.snakeyaml.nodes.Node;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * One schema file of {@code content/schema/} (JSON Schema draft 2020-12 written in YAML), applied with the
 * networknt validator. A keyword the validator does not know is an error rather than silently ignored, so
 * nobody trusts a rule that is not checked; the only extra keyword allowed is {@code patternErrorMessage}
 * (the words an author reads when a {@code pattern} fails, as in the VS Code YAML extension).
 */
final class ContentSchema {

    /** Draft 2020-12, strict about keywords. A registry is thread-safe; it caches only the meta-schema. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(
            Dialect.builder(Draft202012.getInstance())
                    .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                    .keyword(new AnnotationKeyword("patternErrorMessage"))
                    .build());

    private static final String BASE = "urn:pasapas:content:";

    private final Schema schema;
    private final JsonNode json;

    private ContentSchema(Schema schema, JsonNode json) {
        this.schema = schema;
        this.json = json;
    }

    /** The schema of a file, or empty after recording what is wrong with it (on its line when known). */
    static Optional<ContentSchema> load(String file, Node root, FileErrors errors) {
        JsonNode json = YamlToJson.convert(root, errors);
        if (!errors.none()) {
            return Optional.empty();
        }
        try {
            Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(DialectId.DRAFT_2020_12));
            new SchemaMessages(root, null).report(metaSchema.validate(json), errors);
            if (!errors.none()) {
                return Optional.empty();
            }
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + file), json);
            schema.initializeValidators();
            return Optional.of(new ContentSchema(schema, json));
        } catch (SchemaException e) {
            reportInvalid(e, root, errors);
            return Optional.empty();
        }
    }

    /** Records every violation of this schema in the document. */
    void validate(Node document, FileErrors errors) {
        JsonNode instance = YamlToJson.convert(document, errors);
        new SchemaMessages(document, this).report(schema.validate(instance), errors);
    }

    /** The schema as written, to read what is written beside a keyword. */
    JsonNode json() {
        return json;
    }

    /** Whether a location of the validator's errors is in this schema file. */
    boolean isAt(SchemaLocation location) {
        return location.getAbsoluteIri() != null
                && location.getAbsoluteIri().equals(schema.getSchemaLocation().getAbsoluteIri());
    }

    /** An unknown keyword is reported on the line it is first written; any other problem on line 1. */
    private static void reportInvalid(SchemaException e, Node root, FileErrors errors) {
        Object[] arguments = e.getError() == null ? null : e.getError().getArguments();
        if (e.getMessage() != null && e.getMessage().contains("is unknown") && arguments != null
                && arguments.length == 1) {
            String keyword = String.valueOf(arguments[0]);
            errors.atLine(firstKeyLine(root, keyword).orElse(1), "unknown schema keyword '" + keyword + "'");
        } else {
            errors.atLine(1, "invalid schema: " + e.getMessage());
        }
    }

    private static Optional<Integer> firstKeyLine(Node node, String key) {
        if (Nodes.entry(node, key).isPresent()) {
            return Optional.of(Nodes.keyLine(node, key));
        }
        List<Node> children = Nodes.children(node);
        return children.stream().map(child -> firstKeyLine(child, key)).flatMap(Optional::stream).findFirst();
    }
}

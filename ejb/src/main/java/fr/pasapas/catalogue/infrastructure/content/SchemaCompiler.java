package fr.pasapas.catalogue.infrastructure.content;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a schema file (JSON Schema written in YAML) into {@link JsonSchema}. A keyword this interpreter
 * does not apply is an error rather than silently ignored, so authors never trust a rule that is not checked.
 */
final class SchemaCompiler {

    static final Set<String> TYPES = Set.of("object", "array", "string", "integer", "number", "boolean", "null");

    /** Keywords that only document the schema (for people and editors); nothing to check. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "examples", "default", "deprecated", "markdownDescription");

    private static final String REF_PREFIX = "#/$defs/";

    private final FileErrors errors;
    private final Map<String, JsonSchema> definitions = new HashMap<>();
    private final Map<JsonSchema, Node> references = new LinkedHashMap<>();
    private final Map<JsonSchema, Node> discriminated = new LinkedHashMap<>();

    private SchemaCompiler(FileErrors errors) {
        this.errors = errors;
    }

    /** The compiled schema, or empty after recording what is wrong with the schema file. */
    static Optional<JsonSchema> compile(Node root, FileErrors errors) {
        SchemaCompiler compiler = new SchemaCompiler(errors);
        JsonSchema schema = compiler.schema(root, true);
        compiler.checkReferences();
        compiler.buildBranches();
        return errors.none() ? Optional.of(schema) : Optional.empty();
    }

    private JsonSchema schema(Node node, boolean top) {
        JsonSchema schema = new JsonSchema(definitions);
        if (!(node instanceof MappingNode map)) {
            errors.at(node, "a schema must be a mapping of keywords");
            return schema;
        }
        for (NodeTuple entry : map.getValue()) {
            String keyword = Nodes.text(entry.getKeyNode()).orElse("");
            Node value = entry.getValueNode();
            switch (keyword) {
                case "type" -> schema.types = types(value);
                case "properties" -> schema.properties = namedSchemas(value);
                case "additionalProperties" -> schema.additionalProperties = bool(value);
                case "required" -> schema.required = strings(value);
                case "enum" -> schema.enumValues = Nodes.items(value).stream().map(this::constant).toList();
                case "const" -> {
                    schema.hasConst = true;
                    schema.constValue = constant(value);
                }
                case "minLength" -> schema.minLength = count(value);
                case "maxLength" -> schema.maxLength = count(value);
                case "pattern" -> schema.pattern = pattern(value);
                case "patternErrorMessage" -> schema.patternErrorMessage = string(value);
                case "minimum" -> schema.minimum = number(value);
                case "maximum" -> schema.maximum = number(value);
                case "minItems" -> schema.minItems = count(value);
                case "maxItems" -> schema.maxItems = count(value);
                case "uniqueItems" -> schema.uniqueItems = bool(value);
                case "items" -> schema.items = schema(value, false);
                case "oneOf" -> schema.oneOf = Nodes.items(list(value)).stream().map(n -> schema(n, false)).toList();
                case "discriminator" -> {
                    schema.discriminator = Nodes.text(value, "propertyName").orElse(null);
                    discriminated.put(schema, value);
                }
                case "$ref" -> {
                    schema.ref = reference(value);
                    references.put(schema, value);
                }
                case "$defs" -> {
                    if (!top) {
                        errors.at(entry.getKeyNode(), "$defs is only supported at the top of a schema file");
                    }
                    definitions.putAll(namedSchemas(value));
                }
                default -> {
                    if (!ANNOTATIONS.contains(keyword) && !keyword.startsWith("x-")) {
                        errors.at(entry.getKeyNode(), "unsupported schema keyword '" + keyword + "'");
                    }
                }
            }
        }
        return schema;
    }

    private void checkReferences() {
        references.forEach((schema, node) -> {
            if (schema.ref != null && !definitions.containsKey(schema.ref)) {
                errors.at(node, "$ref to an unknown definition: " + REF_PREFIX + schema.ref);
            }
        });
        if (!errors.none()) {
            return;
        }
        references.forEach((schema, node) -> {
            Set<JsonSchema> seen = new HashSet<>();
            for (JsonSchema s = schema; s.ref != null; s = s.target()) {
                if (!seen.add(s)) {
                    errors.at(node, "$ref loop through " + REF_PREFIX + schema.ref);
                    return;
                }
            }
        });
    }

    /** A discriminated oneOf: every branch must fix the discriminator field with a string {@code const}. */
    private void buildBranches() {
        if (!errors.none()) {
            return;
        }
        discriminated.forEach((schema, node) -> {
            if (schema.discriminator == null || schema.oneOf == null) {
                errors.at(node, "discriminator needs propertyName and a oneOf next to it");
                return;
            }
            for (JsonSchema branch : schema.oneOf) {
                JsonSchema field = branch.resolved().properties.get(schema.discriminator);
                JsonSchema fixed = field == null ? null : field.resolved();
                if (fixed == null || !fixed.hasConst || !(fixed.constValue instanceof String value)) {
                    errors.at(node, "every oneOf branch needs properties." + schema.discriminator
                            + ".const for the discriminator");
                    return;
                }
                schema.branches.put(value, branch);
            }
        });
    }

    private Map<String, JsonSchema> namedSchemas(Node node) {
        Map<String, JsonSchema> named = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            errors.at(node, "expected a mapping of names to schemas");
            return named;
        }
        for (NodeTuple entry : map.getValue()) {
            Nodes.text(entry.getKeyNode()).ifPresent(name -> named.put(name, schema(entry.getValueNode(), false)));
        }
        return named;
    }

    private Set<String> types(Node node) {
        List<String> names = node instanceof SequenceNode ? strings(node) : List.of(string(node));
        for (String name : names) {
            if (!TYPES.contains(name)) {
                errors.at(node, "unknown type '" + name + "'");
            }
        }
        return Set.copyOf(names);
    }

    private Node list(Node node) {
        if (!(node instanceof SequenceNode)) {
            errors.at(node, "expected a list");
        }
        return node;
    }

    private List<String> strings(Node node) {
        return Nodes.items(list(node)).stream().map(this::string).toList();
    }

    private String string(Node node) {
        return Nodes.text(node).orElseGet(() -> {
            errors.at(node, "expected text");
            return "";
        });
    }

    private boolean bool(Node node) {
        return Nodes.bool(node).orElseGet(() -> {
            errors.at(node, "expected true or false (other forms of this keyword are not supported)");
            return true;
        });
    }

    private Long number(Node node) {
        return Nodes.integer(node).orElseGet(() -> {
            errors.at(node, "expected an integer");
            return null;
        });
    }

    private Integer count(Node node) {
        Long value = number(node);
        if (value != null && (value < 0 || value > Integer.MAX_VALUE)) {
            errors.at(node, "expected a positive integer");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    private Pattern pattern(Node node) {
        try {
            return Pattern.compile(string(node));
        } catch (PatternSyntaxException e) {
            errors.at(node, "invalid regular expression: " + e.getDescription());
            return null;
        }
    }

    private String reference(Node node) {
        String ref = string(node);
        if (!ref.startsWith(REF_PREFIX)) {
            errors.at(node, "only local references like '" + REF_PREFIX + "name' are supported");
            return null;
        }
        return ref.substring(REF_PREFIX.length());
    }

    /** A constant of enum/const: a string, an integer or a boolean. */
    private Object constant(Node node) {
        if (Tag.INT.equals(node.getTag())) {
            return number(node);
        }
        if (Tag.BOOL.equals(node.getTag())) {
            return bool(node);
        }
        return string(node);
    }
}

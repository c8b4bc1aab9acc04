package fr.pasapas.catalogue.infrastructure.content;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Says each error of the schema validator in words a course author can act on, on the line of the offending
 * YAML node and prefixed with its path, e.g. {@code steps[3].title: too long: 95 characters, at most 80}.
 * The words come from the keyword that failed, the value as the author wrote it and the schema (for instance
 * the {@code patternErrorMessage} written beside a {@code pattern}); a keyword without words of its own here
 * keeps the validator's message.
 */
final class SchemaMessages {

    private static final Map<String, String> TYPE_WORDS = Map.of("object", "a mapping", "array", "a list",
            "string", "text", "integer", "an integer", "number", "a number", "boolean", "true or false",
            "null", "nothing");

    private final Node document;
    /** The schema applied, to read what is written beside a failed keyword; null when unknown. */
    private final ContentSchema schema;

    SchemaMessages(Node document, ContentSchema schema) {
        this.document = document;
        this.schema = schema;
    }

    void report(List<Error> found, FileErrors errors) {
        for (Error error : found) {
            Optional<InstancePath> where = InstancePath.of(document, error.getInstanceLocation());
            if (where.isEmpty()) {
                errors.atLine(Nodes.line(document), error.toString());
            } else {
                report(error, where.get(), errors);
            }
        }
    }

    private void report(Error error, InstancePath where, FileErrors errors) {
        JsonNode rule = error.getSchemaNode();
        Node node = where.node();
        String property = error.getProperty();
        switch (error.getKeyword()) {
            case "required" -> errors.atLine(where.line(), where.prefix() + "missing field '" + property + "'");
            case "additionalProperties" -> errors.atLine(where.keyLine(property),
                    where.prefix() + "unknown field '" + property + "'" + allowedFields(error));
            case "uniqueItems" -> reportDuplicate(where, errors);
            default -> errors.atLine(where.line(), where.prefix() + message(error, rule, node));
        }
    }

    private String message(Error error, JsonNode rule, Node node) {
        String text = Nodes.text(node).orElse("");
        int length = text.codePointCount(0, text.length());
        return switch (error.getKeyword()) {
            case "type" -> "expected " + expected(rule) + ", found " + found(node) + quoteHint(rule, node);
            case "enum" -> found(node) + " is not allowed (allowed: " + join(rule) + ")";
            case "const" -> "must be '" + rule.asString() + "'";
            case "minLength" -> rule.asInt() == 1 ? "must not be empty"
                    : "too short: " + length + " characters, at least " + rule.asString();
            case "maxLength" -> "too long: " + length + " characters, at most " + rule.asString();
            case "pattern" -> "'" + text + "' " + sibling(error, "patternErrorMessage")
                    .map(explanation -> "is not valid: " + explanation.asString())
                    .orElse("does not match " + rule.asString());
            case "minimum" -> text + " is too small (minimum " + rule.asString() + ")";
            case "maximum" -> text + " is too large (maximum " + rule.asString() + ")";
            case "minItems" -> "has " + Nodes.items(node).size() + " items, at least " + rule.asString() + " needed";
            case "maxItems" -> "has " + Nodes.items(node).size() + " items, at most " + rule.asString() + " allowed";
            default -> error.getMessage();
        };
    }

    /** A list with twice the same value: reported on the second one. */
    private static void reportDuplicate(InstancePath where, FileErrors errors) {
        Map<String, Node> seen = new HashMap<>();
        for (Node item : Nodes.items(where.node())) {
            Optional<String> value = Nodes.text(item);
            if (value.isPresent() && seen.putIfAbsent(value.get(), item) != null) {
                errors.at(item, where.prefix() + "'" + value.get() + "' is listed twice");
                return;
            }
        }
        errors.atLine(where.line(), where.prefix() + "an item is listed twice");
    }

    /** {@code " (allowed: id, text)"}: the fields the mapping may have, from the schema that refused one. */
    private String allowedFields(Error error) {
        return sibling(error, "properties")
                .map(properties -> " (allowed: " + String.join(", ", properties.propertyNames()) + ")")
                .orElse("");
    }

    /** A keyword written beside the failed one, e.g. the {@code patternErrorMessage} of a {@code pattern}. */
    private Optional<JsonNode> sibling(Error error, String keyword) {
        SchemaLocation location = error.getSchemaLocation();
        if (schema == null || location == null || !schema.isAt(location)) {
            return Optional.empty();
        }
        NodePath keywordPath = location.getFragment();
        JsonNode parent = schema.json();
        for (int i = 0; i < keywordPath.getNameCount() - 1 && parent != null; i++) {
            Object element = keywordPath.getElement(i);
            parent = element instanceof Integer index ? parent.get(index) : parent.get(String.valueOf(element));
        }
        return Optional.ofNullable(parent).map(p -> p.get(keyword)).filter(value -> !value.isNull());
    }

    private static String expected(JsonNode types) {
        List<String> names = types.isArray()
                ? StreamSupport.stream(types.spliterator(), false).map(JsonNode::asString).toList()
                : List.of(types.asString());
        return names.stream().map(name -> TYPE_WORDS.getOrDefault(name, name))
                .collect(Collectors.joining(" or "));
    }

    /** A number or a boolean where text is expected: YAML needs quotes to read it as text. */
    private static String quoteHint(JsonNode types, Node node) {
        boolean textExpected = types.isArray()
                ? StreamSupport.stream(types.spliterator(), false).anyMatch(t -> "string".equals(t.asString()))
                : "string".equals(types.asString());
        boolean typedScalar = node instanceof ScalarNode && (Tag.INT.equals(node.getTag())
                || Tag.FLOAT.equals(node.getTag()) || Tag.BOOL.equals(node.getTag()));
        return textExpected && typedScalar
                ? " (write it in quotes to make it text: \"" + ((ScalarNode) node).getValue() + "\")" : "";
    }

    private static String found(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (Nodes.isNull(node)) {
            return "nothing";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private static String join(JsonNode values) {
        return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asString)
                .collect(Collectors.joining(", "));
    }
}

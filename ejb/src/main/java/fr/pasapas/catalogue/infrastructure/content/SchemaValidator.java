package fr.pasapas.catalogue.infrastructure.content;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a {@link JsonSchema} to a YAML node tree and reports each violation on the line of the offending
 * node, prefixed with its path, e.g. {@code steps[3].title: too long: 95 characters, at most 80}.
 *
 * <p>YAML note: a plain scalar counts as text whatever YAML resolved it to, so {@code competences: [5.2]}
 * is the text "5.2"; integers and booleans, on the other hand, must be written as such.
 */
final class SchemaValidator {

    private final FileErrors errors;

    private SchemaValidator(FileErrors errors) {
        this.errors = errors;
    }

    static void validate(JsonSchema schema, Node document, FileErrors errors) {
        new SchemaValidator(errors).check(schema, document, new Where("", Nodes.line(document)));
    }

    /** Where a value sits: its path from the document root and the line to report on. */
    private record Where(String path, int line) {

        Where field(String name, Node keyNode) {
            return new Where(path.isEmpty() ? name : path + "." + name, Nodes.line(keyNode));
        }

        Where item(int index, Node itemNode) {
            return new Where(path + "[" + index + "]", Nodes.line(itemNode));
        }

        String prefix() {
            return path.isEmpty() ? "" : path + ": ";
        }
    }

    private void check(JsonSchema schema, Node node, Where where) {
        if (schema.ref != null) {
            check(schema.target(), node, where);
        }
        if (!schema.types.isEmpty() && schema.types.stream().noneMatch(type -> hasType(node, type))) {
            report(where, "expected " + expected(schema.types) + ", found " + found(node));
            return;
        }
        if (schema.hasConst && !sameValue(node, schema.constValue)) {
            report(where, "must be '" + schema.constValue + "'");
        }
        if (schema.enumValues != null && schema.enumValues.stream().noneMatch(v -> sameValue(node, v))) {
            report(where, found(node) + " is not allowed (allowed: " + join(schema.enumValues) + ")");
        }
        Nodes.text(node).ifPresent(text -> checkText(schema, text, where));
        if (Nodes.integer(node).isPresent()) {
            checkNumber(schema, Nodes.integer(node).get(), where);
        } else {
            Nodes.decimal(node).ifPresent(number -> checkDecimal(schema, number, ((ScalarNode) node).getValue(), where));
        }
        if (node instanceof MappingNode mapping) {
            checkObject(schema, mapping, where);
        }
        if (node instanceof SequenceNode sequence) {
            checkArray(schema, sequence, where);
        }
        if (schema.oneOf != null) {
            checkOneOf(schema, node, where);
        }
    }

    private void checkText(JsonSchema schema, String text, Where where) {
        int length = text.codePointCount(0, text.length());
        if (schema.minLength != null && length < schema.minLength) {
            report(where, schema.minLength == 1 ? "must not be empty"
                    : "too short: " + length + " characters, at least " + schema.minLength);
        }
        if (schema.maxLength != null && length > schema.maxLength) {
            report(where, "too long: " + length + " characters, at most " + schema.maxLength);
        }
        if (schema.pattern != null && !schema.pattern.matcher(text).find()) {
            report(where, "'" + text + "' " + (schema.patternErrorMessage != null
                    ? "is not valid: " + schema.patternErrorMessage
                    : "does not match " + schema.pattern.pattern()));
        }
    }

    private void checkNumber(JsonSchema schema, long number, Where where) {
        if (schema.minimum != null && number < schema.minimum) {
            report(where, number + " is too small (minimum " + schema.minimum + ")");
        }
        if (schema.maximum != null && number > schema.maximum) {
            report(where, number + " is too large (maximum " + schema.maximum + ")");
        }
    }

    private void checkDecimal(JsonSchema schema, double number, String written, Where where) {
        if (schema.minimum != null && number < schema.minimum) {
            report(where, written + " is too small (minimum " + schema.minimum + ")");
        }
        if (schema.maximum != null && number > schema.maximum) {
            report(where, written + " is too large (maximum " + schema.maximum + ")");
        }
    }

    private void checkObject(JsonSchema schema, MappingNode mapping, Where where) {
        Set<String> present = new HashSet<>();
        for (NodeTuple entry : mapping.getValue()) {
            Node keyNode = entry.getKeyNode();
            Optional<String> key = Nodes.text(keyNode).filter(k -> keyNode instanceof ScalarNode);
            if (key.isEmpty()) {
                errors.at(keyNode, where.prefix() + "a field name must be plain text");
                continue;
            }
            String name = key.get();
            if (!present.add(name)) {
                errors.at(keyNode, where.prefix() + "field '" + name + "' appears twice");
                continue;
            }
            JsonSchema property = schema.properties.get(name);
            if (property != null) {
                check(property, entry.getValueNode(), where.field(name, keyNode));
            } else if (!schema.additionalProperties) {
                errors.at(keyNode, where.prefix() + "unknown field '" + name + "' (allowed: "
                        + String.join(", ", schema.properties.keySet()) + ")");
            }
        }
        for (String name : schema.required) {
            if (!present.contains(name)) {
                report(where, "missing field '" + name + "'");
            }
        }
    }

    private void checkArray(JsonSchema schema, SequenceNode sequence, Where where) {
        List<Node> items = sequence.getValue();
        if (schema.minItems != null && items.size() < schema.minItems) {
            report(where, "has " + items.size() + " items, at least " + schema.minItems + " needed");
        }
        if (schema.maxItems != null && items.size() > schema.maxItems) {
            report(where, "has " + items.size() + " items, at most " + schema.maxItems + " allowed");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Optional<String> value = Nodes.text(item);
            if (schema.uniqueItems && value.isPresent() && !seen.add(value.get())) {
                errors.at(item, where.prefix() + "'" + value.get() + "' is listed twice");
            }
            if (schema.items != null) {
                check(schema.items, item, where.item(i, item));
            }
        }
    }

    private void checkOneOf(JsonSchema schema, Node node, Where where) {
        if (schema.discriminator != null) {
            checkDiscriminated(schema, node, where);
            return;
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonSchema branch : schema.oneOf) {
            List<ContentError> found = new ArrayList<>();
            new SchemaValidator(new FileErrors(errors.file(), found)).check(branch, node, where);
            Set<String> types = branch.resolved().types;
            outcomes.add(new Outcome(types.isEmpty() || types.stream().anyMatch(t -> hasType(node, t)), found));
        }
        long matching = outcomes.stream().filter(outcome -> outcome.errors().isEmpty()).count();
        if (matching > 1) {
            report(where, "matches more than one of the allowed forms");
        } else if (matching == 0) {
            // Report the form the value came closest to: of the right type first, then with the fewest errors.
            outcomes.stream().min(Comparator.comparing((Outcome outcome) -> !outcome.rightType())
                            .thenComparingInt(outcome -> outcome.errors().size()))
                    .orElseThrow().errors().forEach(e -> errors.atLine(e.line(), e.message()));
        }
    }

    private record Outcome(boolean rightType, List<ContentError> errors) {
    }

    /** oneOf with a discriminator: the value of one field (e.g. {@code type: quiz}) names the branch. */
    private void checkDiscriminated(JsonSchema schema, Node node, Where where) {
        if (!(node instanceof MappingNode)) {
            report(where, "expected a mapping, found " + found(node));
            return;
        }
        Optional<NodeTuple> entry = Nodes.entry(node, schema.discriminator);
        if (entry.isEmpty()) {
            report(where, "missing field '" + schema.discriminator + "'");
            return;
        }
        Node value = entry.get().getValueNode();
        JsonSchema branch = Nodes.text(value).map(schema.branches::get).orElse(null);
        if (branch == null) {
            report(where.field(schema.discriminator, entry.get().getKeyNode()),
                    found(value) + " is not allowed (allowed: " + String.join(", ", schema.branches.keySet()) + ")");
            return;
        }
        check(branch, node, where);
    }

    private void report(Where where, String message) {
        errors.atLine(where.line(), where.prefix() + message);
    }

    private static boolean hasType(Node node, String type) {
        return switch (type) {
            case "object" -> node instanceof MappingNode;
            case "array" -> node instanceof SequenceNode;
            case "string" -> Nodes.text(node).isPresent();
            case "integer" -> Nodes.integer(node).isPresent();
            case "number" -> Nodes.decimal(node).isPresent();
            case "boolean" -> Nodes.bool(node).isPresent();
            case "null" -> Nodes.isNull(node);
            default -> false;
        };
    }

    private static boolean sameValue(Node node, Object constant) {
        if (constant instanceof Long number) {
            return Nodes.integer(node).filter(number::equals).isPresent();
        }
        if (constant instanceof Boolean flag) {
            return Nodes.bool(node).filter(flag::equals).isPresent();
        }
        return Nodes.text(node).filter(text -> text.equals(constant)).isPresent();
    }

    private static String expected(Set<String> types) {
        Map<String, String> words = Map.of("object", "a mapping", "array", "a list", "string", "text",
                "integer", "an integer", "number", "a number", "boolean", "true or false", "null", "nothing");
        return types.stream().sorted().map(words::get).collect(Collectors.joining(" or "));
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

    private static String join(List<Object> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

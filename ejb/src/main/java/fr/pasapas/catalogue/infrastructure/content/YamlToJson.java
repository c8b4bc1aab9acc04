package fr.pasapas.catalogue.infrastructure.content;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * Copies a YAML node tree (from {@link YamlParser}) into the JSON tree the schema validator reads. The YAML tree
 * stays the reference for lines: an error's JSON pointer leads back to its YAML node (see {@link InstancePath}).
 *
 * <p>A scalar keeps the type YAML gives it: {@code 15} is an integer, {@code 70.5} a number, {@code true} a
 * boolean, an empty value is null, anything else is text (so {@code 5.2} is a number: text that looks like a
 * number is written in quotes, {@code "5.2"}, as editors that apply the same schemas also say).
 */
final class YamlToJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FileErrors errors;

    private YamlToJson(FileErrors errors) {
        this.errors = errors;
    }

    /** The JSON copy of the document; a field written twice is reported and only its first value kept. */
    static JsonNode convert(Node document, FileErrors errors) {
        return new YamlToJson(errors).value(document, "");
    }

    private JsonNode value(Node node, String path) {
        if (node instanceof MappingNode mapping) {
            return object(mapping, path);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                array.add(value(sequence.getValue().get(i), path + "[" + i + "]"));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private ObjectNode object(MappingNode mapping, String path) {
        ObjectNode object = JSON.objectNode();
        String prefix = path.isEmpty() ? "" : path + ": ";
        for (NodeTuple entry : mapping.getValue()) {
            Node keyNode = entry.getKeyNode();
            Optional<String> key = Nodes.text(keyNode);
            if (key.isEmpty()) {
                errors.at(keyNode, prefix + "a field name must be plain text");
            } else if (object.has(key.get())) {
                errors.at(keyNode, prefix + "field '" + key.get() + "' appears twice");
            } else {
                String name = key.get();
                object.set(name, value(entry.getValueNode(), path.isEmpty() ? name : path + "." + name));
            }
        }
        return object;
    }

    private static JsonNode scalar(ScalarNode node) {
        if (Nodes.isNull(node)) {
            return JSON.nullNode();
        }
        Optional<Long> integer = Nodes.integer(node);
        if (integer.isPresent()) {
            return JSON.numberNode(integer.get());
        }
        if (Tag.FLOAT.equals(node.getTag())) {
            Optional<Double> decimal = Nodes.decimal(node);
            if (decimal.isPresent()) {
                return JSON.numberNode(decimal.get());
            }
        }
        Optional<Boolean> bool = Nodes.bool(node);
        if (bool.isPresent()) {
            return JSON.booleanNode(bool.get());
        }
        return JSON.stringNode(node.getValue());
    }
}

package fr.pasapas.sandbox.infrastructure.content;

import fr.pasapas.sandbox.domain.Words;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Null-safe readers over a node tree that its schema has already checked. */
final class YamlNodes {

    private YamlNodes() {
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    static Optional<Node> get(Node mapping, String key) {
        if (mapping instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return Optional.of(tuple.getValueNode());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> text(Node node) {
        return node instanceof ScalarNode scalar && !Tag.NULL.equals(node.getTag())
                ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    static String text(Node mapping, String key) {
        return get(mapping, key).flatMap(YamlNodes::text).orElse(null);
    }

    static boolean flag(Node mapping, String key) {
        return "true".equals(text(mapping, key));
    }

    static List<Node> items(Node mapping, String key) {
        return get(mapping, key).filter(SequenceNode.class::isInstance)
                .map(node -> ((SequenceNode) node).getValue()).orElse(List.of());
    }

    static List<NodeTuple> entries(Node mapping, String key) {
        return get(mapping, key).filter(MappingNode.class::isInstance)
                .map(node -> ((MappingNode) node).getValue()).orElse(List.of());
    }

    /** A text, plain (French) or {fr, en}; null when absent. */
    static Words words(Node mapping, String key) {
        return get(mapping, key).map(YamlNodes::words).orElse(null);
    }

    static Words words(Node node) {
        if (node instanceof MappingNode) {
            return new Words(text(node, "fr"), text(node, "en"));
        }
        return text(node).map(Words::of).orElse(null);
    }
}

package fr.pasapas.catalogue.infrastructure.content;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Small, null-safe readers over SnakeYAML's composed node tree. Nothing here throws on a wrong shape. */
final class Nodes {

    /** The only tags a content file may use: plain YAML values, no custom or Java types. */
    static final Set<Tag> PLAIN_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private Nodes() {
    }

    /** 1-based line where the node starts. */
    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** The text of a non-null scalar with a plain tag, whatever YAML resolved it to ("5.2" stays "5.2"). */
    static Optional<String> text(Node node) {
        if (node instanceof ScalarNode scalar && !isNull(node) && PLAIN_TAGS.contains(node.getTag())) {
            return Optional.of(scalar.getValue());
        }
        return Optional.empty();
    }

    /** A whole number written with digits, e.g. {@code 15}; empty for anything else. */
    static Optional<Long> integer(Node node) {
        if (node == null || !Tag.INT.equals(node.getTag())) {
            return Optional.empty();
        }
        String digits = ((ScalarNode) node).getValue().replace("_", "");
        if (!digits.matches("[-+]?[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    /**
     * A finite number written as an integer or a decimal, e.g. {@code 15} or {@code 70.5}; empty for anything
     * else (text, {@code .inf}, {@code .nan}).
     */
    static Optional<Double> decimal(Node node) {
        if (integer(node).isPresent()) {
            return integer(node).map(Long::doubleValue);
        }
        if (node == null || !Tag.FLOAT.equals(node.getTag())) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(((ScalarNode) node).getValue().replace("_", ""));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Boolean> bool(Node node) {
        if (node == null || !Tag.BOOL.equals(node.getTag())) {
            return Optional.empty();
        }
        String value = ((ScalarNode) node).getValue().toLowerCase(Locale.ROOT);
        return Optional.of(value.equals("true") || value.equals("yes") || value.equals("on"));
    }

    static Optional<NodeTuple> entry(Node mapping, String key) {
        if (mapping instanceof MappingNode map) {
            return map.getValue().stream()
                    .filter(t -> text(t.getKeyNode()).filter(key::equals).isPresent())
                    .findFirst();
        }
        return Optional.empty();
    }

    static Optional<Node> get(Node mapping, String key) {
        return entry(mapping, key).map(NodeTuple::getValueNode);
    }

    static Optional<String> text(Node mapping, String key) {
        return get(mapping, key).flatMap(Nodes::text);
    }

    /** Items of a sequence; empty for anything else. */
    static List<Node> items(Node node) {
        return node instanceof SequenceNode seq ? seq.getValue() : List.of();
    }

    static List<Node> items(Node mapping, String key) {
        return get(mapping, key).map(Nodes::items).orElse(List.of());
    }

    /** Direct children: the items of a sequence, the keys and values of a mapping. */
    static List<Node> children(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node instanceof MappingNode map) {
            return map.getValue().stream()
                    .flatMap(t -> Stream.of(t.getKeyNode(), t.getValueNode()))
                    .toList();
        }
        return List.of();
    }

    /** Line of the key {@code key:} in a mapping, or of the mapping itself when the key is absent. */
    static int keyLine(Node mapping, String key) {
        return entry(mapping, key).map(t -> line(t.getKeyNode())).orElse(line(mapping));
    }
}

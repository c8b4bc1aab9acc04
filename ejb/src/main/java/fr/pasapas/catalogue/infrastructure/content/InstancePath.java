package fr.pasapas.catalogue.infrastructure.content;

import com.networknt.schema.path.NodePath;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.List;
import java.util.Optional;

/**
 * Where a value sits in a YAML document, found from the location the schema validator gives (a path of field
 * names and list indexes): the YAML node, the line to report on, and the path an author reads, e.g.
 * {@code steps[3].title}.
 *
 * @param node the value's YAML node
 * @param line the line of the field's name ({@code title:}) or of the list item; the document's first line
 *             for the root
 * @param path empty for the document itself
 */
record InstancePath(Node node, int line, String path) {

    /** Follows a validator location from the document root; empty if it leads nowhere (it should not happen). */
    static Optional<InstancePath> of(Node document, NodePath location) {
        InstancePath where = new InstancePath(document, Nodes.line(document), "");
        for (int i = 0; i < location.getNameCount() && where != null; i++) {
            Object element = location.getElement(i);
            where = element instanceof Integer index ? where.item(index) : where.field(String.valueOf(element));
        }
        return Optional.ofNullable(where);
    }

    /** The value of one field of this mapping, reported on the line of the field's name; null if absent. */
    InstancePath field(String name) {
        Optional<NodeTuple> entry = Nodes.entry(node, name);
        return entry.map(t -> new InstancePath(t.getValueNode(), Nodes.line(t.getKeyNode()),
                path.isEmpty() ? name : path + "." + name)).orElse(null);
    }

    /** One item of this list; null if absent. */
    InstancePath item(int index) {
        List<Node> items = Nodes.items(node);
        if (index < 0 || index >= items.size()) {
            return null;
        }
        return new InstancePath(items.get(index), Nodes.line(items.get(index)), path + "[" + index + "]");
    }

    /** The line of the name of one field of this mapping, or this value's line when it has no such field. */
    int keyLine(String name) {
        return Nodes.entry(node, name).map(t -> Nodes.line(t.getKeyNode())).orElse(line);
    }

    /** What starts a message about this value: {@code "steps[3].title: "}, nothing for the document itself. */
    String prefix() {
        return path.isEmpty() ? "" : path + ": ";
    }
}

package fr.pasapas.catalogue.infrastructure.content;

import org.yaml.snakeyaml.nodes.Node;

import java.util.List;

/** Collects the errors of one content file into the shared list of a load. */
final class FileErrors {

    private final String file;
    private final List<ContentError> sink;
    private int count;

    FileErrors(String file, List<ContentError> sink) {
        this.file = file;
        this.sink = sink;
    }

    String file() {
        return file;
    }

    void at(Node node, String message) {
        atLine(Nodes.line(node), message);
    }

    void atLine(int line, String message) {
        sink.add(new ContentError(file, line, message));
        count++;
    }

    /** Whether this file has no error so far. */
    boolean none() {
        return count == 0;
    }
}

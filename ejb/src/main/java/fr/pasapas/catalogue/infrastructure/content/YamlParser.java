package fr.pasapas.catalogue.infrastructure.content;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the bytes of one YAML file into a node tree (SnakeYAML compose API: every node keeps its line).
 * Nothing is ever constructed into Java objects, so no type named in a file can be instantiated; the
 * options also cap the size, the nesting depth and the aliases of a document.
 */
final class YamlParser {

    static final int MAX_BYTES = 1024 * 1024;

    private YamlParser() {
    }

    /** The document's root node, or empty after recording why the file cannot be read. */
    static Optional<Node> parse(byte[] bytes, FileErrors errors) {
        if (bytes.length > MAX_BYTES) {
            errors.atLine(1, "file is larger than 1 MB");
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.atLine(1, "file is not UTF-8 text");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            Node root = newYaml().compose(new StringReader(text));
            if (root == null) {
                errors.atLine(1, "file is empty");
                return Optional.empty();
            }
            boolean clean = checkTree(root, Collections.newSetFromMap(new IdentityHashMap<>()), errors);
            return clean ? Optional.of(root) : Optional.empty();
        } catch (MarkedYAMLException e) {
            // The composer refuses what is well written but not allowed (e.g. a Java type in a tag).
            String kind = e instanceof ComposerException ? "YAML error: " : "YAML syntax error: ";
            errors.atLine(line(e), kind + describe(e));
        } catch (YAMLException e) {
            errors.atLine(1, "YAML error: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    /**
     * Where the parser noticed the problem; but when it only noticed at the end of the file (e.g. a quote
     * never closed), where the unfinished thing started is what the author needs.
     */
    private static int line(MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
        Mark mark = problem == null || (atEnd && context != null) ? context : problem;
        return mark == null ? 1 : mark.getLine() + 1;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        return e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
    }

    /**
     * Rejects what the node tree must not hold: an alias pointing back to one of its parents (walking it would
     * never end) and tags other than plain YAML values (e.g. {@code !!java.io.File}).
     *
     * @return false when the tree has such a problem (already recorded)
     */
    private static boolean checkTree(Node node, Set<Node> parents, FileErrors errors) {
        if (!Nodes.PLAIN_TAGS.contains(node.getTag())) {
            errors.at(node, "YAML tag '" + node.getTag().getValue() + "' is not allowed: write plain values");
            return false;
        }
        List<Node> children = Nodes.children(node);
        if (children.isEmpty()) {
            return true;
        }
        if (!parents.add(node)) {
            errors.at(node, "a YAML alias refers to one of its own parents");
            return false;
        }
        boolean clean = true;
        for (Node child : children) {
            clean &= checkTree(child, parents, errors);
        }
        parents.remove(node);
        return clean;
    }
}

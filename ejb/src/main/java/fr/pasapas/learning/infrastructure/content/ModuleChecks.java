package fr.pasapas.learning.infrastructure.content;

import fr.pasapas.learning.domain.DigComp;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meaning checks of one module file, beyond what its schema can express: ids, the correct answer of each
 * quiz, sentence length, DigComp codes. Each check only looks at values of the right shape, so a value the
 * schema already rejects is not reported twice.
 */
final class ModuleChecks {

    static final int MAX_TEXT_LINE = 160;

    private final FileErrors errors;

    private ModuleChecks(FileErrors errors) {
        this.errors = errors;
    }

    static void check(Node module, String moduleName, FileErrors errors) {
        ModuleChecks checks = new ModuleChecks(errors);
        checks.checkId(module, moduleName, "the file name '" + moduleName + ContentLoader.MODULE_SUFFIX + "'");
        checks.competences(module);
        Map<String, Integer> stepIds = new HashMap<>();
        for (Node step : Nodes.items(module, "steps")) {
            checks.unique(step, "step id", "", stepIds);
            checks.textLines(step);
            if (Nodes.text(step, "type").filter("quiz"::equals).isPresent()) {
                checks.choices(step);
            }
        }
    }

    /** A course or module id must repeat its folder or file name, so files are easy to find from an id. */
    static void idMatches(Node document, String name, String what, FileErrors errors) {
        new ModuleChecks(errors).checkId(document, name, what);
    }

    private void checkId(Node document, String name, String what) {
        Nodes.get(document, "id").ifPresent(idNode -> Nodes.text(idNode)
                .filter(id -> !id.equals(name))
                .ifPresent(id -> errors.at(idNode, "id '" + id + "' does not match " + what)));
    }

    private void competences(Node module) {
        for (Node item : Nodes.items(module, "competences")) {
            // Codes the schema pattern ^[1-5]\.[1-6]$ lets through but DigComp 2.2 does not have, e.g. 5.6.
            Nodes.text(item).filter(code -> code.matches("[1-5]\\.[1-6]") && !DigComp.isCompetence(code))
                    .ifPresent(code -> errors.at(item, "'" + code + "' is not a " + DigComp.VERSION
                            + " competence (area " + code.charAt(0) + " has " + areaCodes(code.charAt(0)) + ")"));
        }
    }

    /** e.g. "5.1 to 5.4" for area 5. */
    private static String areaCodes(char area) {
        int last = 1;
        while (DigComp.isCompetence(area + "." + (last + 1))) {
            last++;
        }
        return area + ".1 to " + area + "." + last;
    }

    private void unique(Node element, String what, String where, Map<String, Integer> seen) {
        Nodes.get(element, "id").ifPresent(idNode -> Nodes.text(idNode).ifPresent(id -> {
            Integer first = seen.putIfAbsent(id, Nodes.line(idNode));
            if (first != null) {
                errors.at(idNode, what + " '" + id + "' is used twice" + where + " (first on line " + first + ")");
            }
        }));
    }

    /** FALC: one short sentence per line. In a literal block ({@code text: |}) each line is reported on its own. */
    private void textLines(Node step) {
        Optional<Node> textNode = Nodes.get(step, "text");
        Optional<String> text = textNode.flatMap(Nodes::text);
        if (text.isEmpty()) {
            return;
        }
        boolean literal = ((ScalarNode) textNode.get()).getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
        String[] lines = text.get().split("\n", -1);
        boolean anySentence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            anySentence |= !line.isEmpty();
            int length = line.codePointCount(0, line.length());
            if (length > MAX_TEXT_LINE) {
                int lineNumber = Nodes.line(textNode.get()) + (literal ? 1 + i : 0);
                errors.atLine(lineNumber, label(step) + ": text line too long: " + length
                        + " characters, at most " + MAX_TEXT_LINE + " (write one short sentence per line)");
            }
        }
        if (!anySentence && !text.get().isEmpty()) {
            errors.at(textNode.get(), label(step) + ": text has no sentence");
        }
    }

    /** A single-choice quiz: unique choice ids and exactly 1 choice marked {@code correct: true}. */
    private void choices(Node step) {
        Map<String, Integer> choiceIds = new HashMap<>();
        List<Node> correct = new ArrayList<>();
        boolean everyChoiceSaysTrueOrFalse = true;
        List<Node> choices = Nodes.items(step, "choices");
        for (Node choice : choices) {
            unique(choice, "choice id", " in " + label(step), choiceIds);
            Optional<Boolean> flag = Nodes.get(choice, "correct").flatMap(Nodes::bool);
            everyChoiceSaysTrueOrFalse &= flag.isPresent();
            flag.filter(Boolean::booleanValue).ifPresent(ok -> correct.add(choice));
        }
        if (choices.isEmpty() || !everyChoiceSaysTrueOrFalse) {
            return; // the schema reports the missing or malformed values
        }
        if (correct.isEmpty()) {
            errors.atLine(Nodes.keyLine(step, "choices"), label(step)
                    + " has no correct choice: mark exactly 1 choice with 'correct: true'");
        }
        for (Node extra : correct.subList(Math.min(1, correct.size()), correct.size())) {
            errors.at(Nodes.get(extra, "correct").orElseThrow(), "choice '" + Nodes.text(extra, "id").orElse("?")
                    + "' is also marked correct: " + label(step) + " must have exactly 1 correct choice");
        }
    }

    private static String label(Node step) {
        String kind = Nodes.text(step, "type").filter("quiz"::equals).isPresent() ? "quiz" : "step";
        return kind + " '" + Nodes.text(step, "id").orElse("?") + "'";
    }
}

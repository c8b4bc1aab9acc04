package fr.pasapas.catalogue.infrastructure.content;

import fr.pasapas.catalogue.domain.DigComp;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Meaning checks of one module file, beyond what its schema can express: ids, the correct answers of quizzes
 * and checks, hotspot zones, typing hints, the completion rule, sentence length, DigComp codes. Each check only looks at values of the right shape, so a value the
 * schema already rejects is not reported twice.
 */
final class ModuleChecks {

    private static final int MAX_STEPS = 12;

    static final int MAX_TEXT_LINE = 160;

    /** Step types named as such in messages. */
    private static final Set<String> STEP_KINDS = Set.of("quiz", "hotspot", "order", "typing", "check");

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
            switch (Nodes.text(step, "type").orElse("")) {
                case "quiz" -> checks.quizChoices(step);
                case "hotspot" -> checks.zones(step);
                case "order" -> checks.uniqueIds(Nodes.items(step, "items"), "item id", " in " + label(step));
                case "typing" -> checks.typing(step);
                case "check" -> checks.checkQuestions(step);
                default -> {
                    // explanation, practice: text lines only (a practice names a scenario: PracticeScenariosTest)
                }
            }
        }
        checks.completion(module);
        checks.length(module);
    }

    /** At most 12 steps; a 13th only for a practice on the sandbox (the schema allows 13). */
    private void length(Node module) {
        List<Node> steps = Nodes.items(module, "steps");
        boolean practice = steps.stream().anyMatch(step -> "practice".equals(Nodes.text(step, "type").orElse("")));
        if (steps.size() > MAX_STEPS && !practice) {
            errors.atLine(Nodes.keyLine(module, "steps"), "steps: has " + steps.size() + " items, at most "
                    + MAX_STEPS + " allowed (" + (MAX_STEPS + 1) + " when one of them is a practice)");
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

    /**
     * FALC: one short sentence per line. In a literal block ({@code text: |}) each line is reported on its own.
     * A text with an English version ({@code text: {fr: ..., en: ...}}) has each language checked.
     */
    private void textLines(Node step) {
        Optional<Node> textNode = Nodes.get(step, "text");
        if (textNode.isEmpty()) {
            return;
        }
        if (textNode.get() instanceof MappingNode translated) {
            Nodes.get(translated, "fr").ifPresent(french -> textLines(step, french, "text"));
            Nodes.get(translated, "en").ifPresent(english -> textLines(step, english, "English text"));
        } else {
            textLines(step, textNode.get(), "text");
        }
    }

    private void textLines(Node step, Node textNode, String what) {
        Optional<String> text = Nodes.text(textNode);
        if (text.isEmpty()) {
            return; // the schema reports it
        }
        boolean literal = ((ScalarNode) textNode).getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
        String[] lines = text.get().split("\n", -1);
        boolean anySentence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            anySentence |= !line.isEmpty();
            int length = line.codePointCount(0, line.length());
            if (length > MAX_TEXT_LINE) {
                int lineNumber = Nodes.line(textNode) + (literal ? 1 + i : 0);
                errors.atLine(lineNumber, label(step) + ": " + what + " line too long: " + length
                        + " characters, at most " + MAX_TEXT_LINE + " (write one short sentence per line)");
            }
        }
        if (!anySentence && !text.get().isEmpty()) {
            errors.at(textNode, label(step) + ": " + what + " has no sentence");
        }
    }

    /**
     * A quiz: unique choice ids; single choice: exactly 1 choice marked {@code correct: true}; multiple choice:
     * at least 1 correct and at least 1 wrong.
     */
    private void quizChoices(Node step) {
        boolean multiple = Nodes.get(step, "multiple").flatMap(Nodes::bool).orElse(false);
        uniqueIds(Nodes.items(step, "choices"), "choice id", " in " + label(step));
        Optional<List<Node>> correct = correctOnes(Nodes.items(step, "choices"));
        if (correct.isEmpty()) {
            return; // the schema reports the missing or malformed values
        }
        if (!multiple) {
            exactlyOneCorrect(step, "choices", correct.get(), "choice", label(step));
            return;
        }
        if (correct.get().isEmpty()) {
            errors.atLine(Nodes.keyLine(step, "choices"), label(step)
                    + " has no correct choice: mark at least 1 choice with 'correct: true'");
        } else if (correct.get().size() == Nodes.items(step, "choices").size()) {
            errors.atLine(Nodes.keyLine(step, "choices"), label(step) + " has no wrong choice: "
                    + "a multiple-choice quiz needs at least 1 choice with 'correct: false'");
        }
    }

    /** A hotspot: unique zone ids, exactly 1 correct zone, zones inside the image that do not overlap. */
    private void zones(Node step) {
        List<Node> zones = Nodes.items(step, "zones");
        uniqueIds(zones, "zone id", " in " + label(step));
        correctOnes(zones).ifPresent(correct -> exactlyOneCorrect(step, "zones", correct, "zone", label(step)));
        List<Node> placed = new ArrayList<>();
        for (Node zone : zones) {
            if (insideImage(step, zone)) {
                for (Node other : placed) {
                    if (overlap(zone, other)) {
                        errors.at(zone, "zone '" + Nodes.text(zone, "id").orElse("?") + "' overlaps zone '"
                                + Nodes.text(other, "id").orElse("?") + "' (line " + Nodes.line(other) + ") in "
                                + label(step) + ": zones must not overlap");
                        break;
                    }
                }
                placed.add(zone);
            }
        }
    }

    /** Whether the zone has a valid rectangle; reports the sizes of 0 and the edges crossed. */
    private boolean insideImage(Node step, Node zone) {
        Optional<Double> x = percent(zone, "x");
        Optional<Double> y = percent(zone, "y");
        Optional<Double> width = percent(zone, "width");
        Optional<Double> height = percent(zone, "height");
        if (x.isEmpty() || y.isEmpty() || width.isEmpty() || height.isEmpty()) {
            return false; // the schema reports it
        }
        String zoneLabel = "zone '" + Nodes.text(zone, "id").orElse("?") + "' of " + label(step);
        boolean valid = true;
        if (width.get() <= 0) {
            errors.at(Nodes.get(zone, "width").orElseThrow(), zoneLabel + ": width must be more than 0");
            valid = false;
        } else if (x.get() + width.get() > 100) {
            errors.at(Nodes.get(zone, "width").orElseThrow(), zoneLabel + " goes past the right edge of the image: "
                    + "x + width = " + number(x.get() + width.get()) + ", at most 100");
            valid = false;
        }
        if (height.get() <= 0) {
            errors.at(Nodes.get(zone, "height").orElseThrow(), zoneLabel + ": height must be more than 0");
            valid = false;
        } else if (y.get() + height.get() > 100) {
            errors.at(Nodes.get(zone, "height").orElseThrow(), zoneLabel + " goes past the bottom edge of the image: "
                    + "y + height = " + number(y.get() + height.get()) + ", at most 100");
            valid = false;
        }
        return valid;
    }

    /** Two rectangles that share some area; touching edges are fine. */
    private static boolean overlap(Node a, Node b) {
        double ax = percent(a, "x").orElseThrow();
        double ay = percent(a, "y").orElseThrow();
        double bx = percent(b, "x").orElseThrow();
        double by = percent(b, "y").orElseThrow();
        return ax < bx + percent(b, "width").orElseThrow() && bx < ax + percent(a, "width").orElseThrow()
                && ay < by + percent(b, "height").orElseThrow() && by < ay + percent(a, "height").orElseThrow();
    }

    /** A number from 0 to 100 (else the schema reports it). */
    private static Optional<Double> percent(Node zone, String key) {
        return Nodes.get(zone, key).flatMap(Nodes::decimal).filter(v -> v >= 0 && v <= 100);
    }

    /** e.g. 110 rather than 110.0, 100.5 as is. */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A typing step: each hint says either ifMissing or ifContains; no blank accepted answer. */
    private void typing(Node step) {
        for (Node answer : Nodes.items(step, "accept")) {
            Nodes.text(answer).filter(String::isBlank).filter(text -> !text.isEmpty()).ifPresent(blank ->
                    errors.at(answer, label(step) + ": an accepted answer must not be only blanks"));
        }
        for (Node hint : Nodes.items(step, "hints")) {
            if (!(hint instanceof MappingNode)) {
                continue; // the schema reports it
            }
            boolean missing = Nodes.get(hint, "ifMissing").isPresent();
            boolean contains = Nodes.get(hint, "ifContains").isPresent();
            if (missing == contains) {
                errors.at(hint, "a hint of " + label(step) + " needs exactly one of 'ifMissing' and 'ifContains'"
                        + (missing ? ", not both" : ""));
            }
        }
    }

    /** A check: unique question ids, each question a single choice, passMark at most the number of questions. */
    private void checkQuestions(Node step) {
        List<Node> questions = Nodes.items(step, "questions");
        uniqueIds(questions, "question id", " in " + label(step));
        for (Node question : questions) {
            String questionLabel = "question '" + Nodes.text(question, "id").orElse("?") + "' of " + label(step);
            uniqueIds(Nodes.items(question, "choices"), "choice id", " in " + questionLabel);
            correctOnes(Nodes.items(question, "choices")).ifPresent(correct ->
                    exactlyOneCorrect(question, "choices", correct, "choice", questionLabel));
        }
        Nodes.get(step, "passMark").ifPresent(passMark -> Nodes.integer(passMark)
                .filter(mark -> mark >= 1 && !questions.isEmpty() && mark > questions.size())
                .ifPresent(mark -> errors.at(passMark, label(step) + ": passMark " + mark + " is more than its "
                        + questions.size() + " question" + (questions.size() > 1 ? "s" : "")
                        + " (passMark is how many right answers pass)")));
    }

    /** {@code completion: pass-check} needs exactly 1 step of type check. */
    private void completion(Node module) {
        Optional<Node> completion = Nodes.get(module, "completion");
        if (completion.flatMap(Nodes::text).filter("pass-check"::equals).isEmpty()) {
            return;
        }
        long checks = Nodes.items(module, "steps").stream()
                .filter(step -> Nodes.text(step, "type").filter("check"::equals).isPresent()).count();
        if (checks != 1) {
            errors.at(completion.get(), "completion 'pass-check' needs exactly 1 step of type check, found "
                    + checks);
        }
    }

    private void uniqueIds(List<Node> elements, String what, String where) {
        Map<String, Integer> seen = new HashMap<>();
        for (Node element : elements) {
            unique(element, what, where, seen);
        }
    }

    /** The elements marked {@code correct: true}; empty when the list is empty or a flag is missing or malformed. */
    private static Optional<List<Node>> correctOnes(List<Node> elements) {
        List<Node> correct = new ArrayList<>();
        for (Node element : elements) {
            Optional<Boolean> flag = Nodes.get(element, "correct").flatMap(Nodes::bool);
            if (flag.isEmpty()) {
                return Optional.empty();
            }
            if (flag.get()) {
                correct.add(element);
            }
        }
        return elements.isEmpty() ? Optional.empty() : Optional.of(correct);
    }

    /** Reports no correct element on the list's key line, each extra one on its {@code correct} line. */
    private void exactlyOneCorrect(Node owner, String listKey, List<Node> correct, String what, String ownerLabel) {
        if (correct.isEmpty()) {
            errors.atLine(Nodes.keyLine(owner, listKey), ownerLabel + " has no correct " + what
                    + ": mark exactly 1 " + what + " with 'correct: true'");
        }
        for (Node extra : correct.subList(Math.min(1, correct.size()), correct.size())) {
            errors.at(Nodes.get(extra, "correct").orElseThrow(), what + " '" + Nodes.text(extra, "id").orElse("?")
                    + "' is also marked correct: " + ownerLabel + " must have exactly 1 correct " + what);
        }
    }

    /** e.g. "quiz 'question-1'", "hotspot 'toucher-envoyer'"; an explanation is a "step". */
    private static String label(Node step) {
        String kind = Nodes.text(step, "type").filter(STEP_KINDS::contains).orElse("step");
        return kind + " '" + Nodes.text(step, "id").orElse("?") + "'";
    }
}

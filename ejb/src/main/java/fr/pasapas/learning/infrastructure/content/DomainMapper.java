package fr.pasapas.learning.infrastructure.content;

import fr.pasapas.learning.domain.CheckQuestion;
import fr.pasapas.learning.domain.CheckStep;
import fr.pasapas.learning.domain.Choice;
import fr.pasapas.learning.domain.Completion;
import fr.pasapas.learning.domain.Course;
import fr.pasapas.learning.domain.ExplanationStep;
import fr.pasapas.learning.domain.HotspotStep;
import fr.pasapas.learning.domain.Image;
import fr.pasapas.learning.domain.Module;
import fr.pasapas.learning.domain.OrderItem;
import fr.pasapas.learning.domain.OrderStep;
import fr.pasapas.learning.domain.QuizStep;
import fr.pasapas.learning.domain.Step;
import fr.pasapas.learning.domain.TypingHint;
import fr.pasapas.learning.domain.TypingStep;
import org.yaml.snakeyaml.nodes.Node;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Builds domain records from node trees that passed every check; a wrong shape here is a bug. */
final class DomainMapper {

    private DomainMapper() {
    }

    static Course course(Node course, List<Module> modules) {
        return new Course(text(course, "id"), text(course, "title"), text(course, "description"), modules);
    }

    static Module module(Node module, String courseId) {
        return new Module(text(module, "id"), courseId, integer(module, "version"), text(module, "title"),
                text(module, "summary"), integer(module, "estimatedMinutes"),
                Nodes.items(module, "competences").stream().map(DomainMapper::text).toList(),
                Nodes.items(module, "steps").stream().map(DomainMapper::step).toList(),
                completion(optionalText(module, "completion").orElse("all-steps")));
    }

    /** {@code all-steps} → ALL_STEPS, {@code pass-check} → PASS_CHECK. */
    static Completion completion(String value) {
        return Completion.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static Step step(Node step) {
        String type = text(step, "type");
        String id = text(step, "id");
        String title = text(step, "title");
        return switch (type) {
            case "explanation" -> new ExplanationStep(id, title, paragraphs(text(step, "text")),
                    image(required(step, "image")), optionalText(step, "audio").orElse(null));
            case "quiz" -> new QuizStep(id, title, text(step, "question"), optionalImage(step),
                    Nodes.items(step, "choices").stream().map(DomainMapper::choice).toList(),
                    Nodes.get(step, "multiple").flatMap(Nodes::bool).orElse(false));
            case "hotspot" -> new HotspotStep(id, title, text(step, "instruction"), image(required(step, "image")),
                    Nodes.items(step, "zones").stream().map(DomainMapper::zone).toList(), text(step, "miss"));
            case "order" -> new OrderStep(id, title, text(step, "instruction"),
                    Nodes.items(step, "items").stream()
                            .map(item -> new OrderItem(text(item, "id"), text(item, "text"))).toList(),
                    text(step, "right"), text(step, "wrong"));
            case "typing" -> new TypingStep(id, title, text(step, "instruction"), text(step, "label"),
                    Nodes.items(step, "accept").stream().map(DomainMapper::text).toList(), ignore(step),
                    Nodes.items(step, "hints").stream().map(DomainMapper::hint).toList(),
                    text(step, "right"), text(step, "wrong"), optionalImage(step));
            case "check" -> new CheckStep(id, title, optionalText(step, "intro").orElse(null),
                    integer(step, "passMark"),
                    Nodes.items(step, "questions").stream().map(DomainMapper::question).toList(),
                    text(step, "pass"), text(step, "fail"));
            default -> throw new IllegalStateException("unknown step type " + type);
        };
    }

    /** One sentence per line; blank lines are ignored. */
    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Image image(Node image) {
        return new Image(text(image, "src"), text(image, "alt"));
    }

    private static Image optionalImage(Node step) {
        return Nodes.get(step, "image").map(DomainMapper::image).orElse(null);
    }

    private static Choice choice(Node choice) {
        return new Choice(text(choice, "id"), text(choice, "text"), bool(choice, "correct"),
                optionalText(choice, "feedback").orElse(null));
    }

    private static HotspotStep.Zone zone(Node zone) {
        return new HotspotStep.Zone(text(zone, "id"), text(zone, "label"), decimal(zone, "x"), decimal(zone, "y"),
                decimal(zone, "width"), decimal(zone, "height"), bool(zone, "correct"), text(zone, "feedback"));
    }

    private static Set<TypingStep.Ignore> ignore(Node step) {
        if (Nodes.get(step, "ignore").isEmpty()) {
            return TypingStep.DEFAULT_IGNORE;
        }
        Set<TypingStep.Ignore> ignore = EnumSet.noneOf(TypingStep.Ignore.class);
        Nodes.items(step, "ignore").forEach(value ->
                ignore.add(TypingStep.Ignore.valueOf(text(value).toUpperCase(Locale.ROOT))));
        return ignore;
    }

    /** The text a hint looks for is kept as written: it may be a space. */
    private static TypingHint hint(Node hint) {
        Optional<String> missing = Nodes.text(hint, "ifMissing");
        TypingHint.Kind kind = missing.isPresent() ? TypingHint.Kind.MISSING : TypingHint.Kind.CONTAINS;
        String looked = missing.or(() -> Nodes.text(hint, "ifContains")).orElseThrow();
        return new TypingHint(kind, looked, text(hint, "message"));
    }

    private static CheckQuestion question(Node question) {
        return new CheckQuestion(text(question, "id"), text(question, "question"),
                Nodes.items(question, "choices").stream().map(DomainMapper::choice).toList());
    }

    private static Node required(Node mapping, String key) {
        return Nodes.get(mapping, key).orElseThrow(() -> new IllegalStateException("missing " + key));
    }

    private static Optional<String> optionalText(Node mapping, String key) {
        return Nodes.get(mapping, key).map(DomainMapper::text);
    }

    private static String text(Node mapping, String key) {
        return text(required(mapping, key));
    }

    private static String text(Node scalar) {
        return Nodes.text(scalar).orElseThrow(() -> new IllegalStateException("not text")).strip();
    }

    private static boolean bool(Node mapping, String key) {
        return Nodes.bool(required(mapping, key)).orElseThrow();
    }

    private static int integer(Node mapping, String key) {
        return Math.toIntExact(Nodes.integer(required(mapping, key)).orElseThrow());
    }

    private static double decimal(Node mapping, String key) {
        return Nodes.decimal(required(mapping, key)).orElseThrow();
    }
}

package fr.pasapas.learning.infrastructure.content;

import fr.pasapas.learning.domain.Choice;
import fr.pasapas.learning.domain.Course;
import fr.pasapas.learning.domain.ExplanationStep;
import fr.pasapas.learning.domain.Image;
import fr.pasapas.learning.domain.Module;
import fr.pasapas.learning.domain.QuizStep;
import fr.pasapas.learning.domain.Step;
import org.yaml.snakeyaml.nodes.Node;

import java.util.List;

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
                Nodes.items(module, "steps").stream().map(DomainMapper::step).toList());
    }

    private static Step step(Node step) {
        String type = text(step, "type");
        return switch (type) {
            case "explanation" -> new ExplanationStep(text(step, "id"), text(step, "title"),
                    paragraphs(text(step, "text")), image(required(step, "image")));
            case "quiz" -> new QuizStep(text(step, "id"), text(step, "title"), text(step, "question"),
                    Nodes.get(step, "image").map(DomainMapper::image).orElse(null),
                    Nodes.items(step, "choices").stream().map(DomainMapper::choice).toList());
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

    private static Choice choice(Node choice) {
        boolean correct = Nodes.get(choice, "correct").flatMap(Nodes::bool).orElseThrow();
        return new Choice(text(choice, "id"), text(choice, "text"), correct, text(choice, "feedback"));
    }

    private static Node required(Node mapping, String key) {
        return Nodes.get(mapping, key).orElseThrow(() -> new IllegalStateException("missing " + key));
    }

    private static String text(Node mapping, String key) {
        return text(required(mapping, key));
    }

    private static String text(Node scalar) {
        return Nodes.text(scalar).orElseThrow(() -> new IllegalStateException("not text")).strip();
    }

    private static int integer(Node mapping, String key) {
        return Math.toIntExact(Nodes.integer(required(mapping, key)).orElseThrow());
    }
}

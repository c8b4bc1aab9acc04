package fr.pasapas.catalogue.domain;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A question with choices; every choice carries its own feedback. {@code image} may be null.
 *
 * @param multiple false: single choice, exactly 1 choice is correct; true: multiple choice, the learner
 *                 must pick exactly the correct choices
 */
public record QuizStep(String id, String title, String question, Image image, List<Choice> choices,
                       boolean multiple) implements Step {

    public QuizStep {
        choices = List.copyOf(choices);
    }

    /** A single-choice quiz. */
    public QuizStep(String id, String title, String question, Image image, List<Choice> choices) {
        this(id, title, question, image, choices, false);
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }

    /** The ids of the correct choices, in content order. */
    public Set<String> correctIds() {
        return choices.stream().filter(Choice::correct).map(Choice::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Right when the learner picked exactly the correct choices: not one more, not one less. */
    public boolean isCorrect(Set<String> chosenIds) {
        return chosenIds != null && !chosenIds.isEmpty() && correctIds().equals(new HashSet<>(chosenIds));
    }
}

package fr.pasapas.learning.domain;

import java.util.List;
import java.util.Optional;

/** A single-choice question; every choice carries its own feedback. {@code image} may be null. */
public record QuizStep(String id, String title, String question, Image image, List<Choice> choices) implements Step {

    public QuizStep {
        choices = List.copyOf(choices);
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}

package fr.pasapas.catalogue.domain;

import java.util.List;
import java.util.Optional;

/** A single-choice question of a {@link CheckStep}: exactly 1 correct choice, no per-choice feedback (null). */
public record CheckQuestion(String id, String question, List<Choice> choices) {

    public CheckQuestion {
        choices = List.copyOf(choices);
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }

    public boolean isCorrect(String choiceId) {
        return choice(choiceId).map(Choice::correct).orElse(false);
    }
}

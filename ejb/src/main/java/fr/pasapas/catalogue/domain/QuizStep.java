package fr.pasapas.catalogue.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
                       boolean multiple) implements QuestionStep {

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

    /** Refused: no choice, a choice this quiz does not have, or more than one on a single-choice quiz. */
    @Override
    public Optional<Verdict> judge(Answer answer) {
        if (!(answer instanceof Answer.Choices chosen) || chosen.ids().isEmpty()
                || !choices.stream().map(Choice::id).toList().containsAll(chosen.ids())
                || (!multiple && chosen.ids().size() != 1)) {
            return Optional.empty();
        }
        return Optional.of(verdict(chosen, isCorrect(chosen.ids())));
    }

    /**
     * The chosen choices and the feedback of each; on a multiple-choice quiz answered with right choices only, a
     * reminder that some are missing.
     */
    @Override
    public Verdict verdict(Answer answer, boolean correct) {
        Set<String> ids = ((Answer.Choices) answer).ids();
        List<Choice> chosen = choices.stream().filter(c -> ids.contains(c.id())).toList();
        List<Text> messages = new ArrayList<>(chosen.stream().map(Choice::feedback).filter(Objects::nonNull)
                .map(Text::content).toList());
        if (!correct && multiple && chosen.stream().allMatch(Choice::correct)) {
            messages.add(Text.message("step.multiple.missing"));
        }
        return new Verdict(correct, Text.content(String.join(" ; ", chosen.stream().map(Choice::text).toList())),
                messages);
    }

    @Override
    public Answer rightAnswer() {
        return new Answer.Choices(correctIds());
    }

    /** The chosen ids in content order, e.g. {@code a,c}. */
    @Override
    public String encode(Answer answer) {
        Set<String> ids = ((Answer.Choices) answer).ids();
        return Answer.clip(String.join(",", choices.stream().map(Choice::id).filter(ids::contains).toList()));
    }

    @Override
    public Answer decode(String text) {
        return new Answer.Choices(text == null || text.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(text.split(","))));
    }

    @Override
    public List<String> mediaPaths() {
        return Image.paths(image);
    }

    /** The choices in this learner's order for this attempt: a new order at each attempt, so position means nothing. */
    public List<Choice> choicesFor(long seed, int attempt) {
        return Shuffle.forAttempt(choices, seed, attempt);
    }
}

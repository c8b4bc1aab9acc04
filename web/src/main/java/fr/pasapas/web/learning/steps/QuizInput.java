package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.Choice;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.learning.application.StepScreen;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code quiz.xhtml}: one tap on a choice sends it, by id (the shuffled order never matters). */
public class QuizInput implements StepInput {

    private final QuizStep step;
    private final List<Choice> choices;
    private final FormFields form;

    QuizInput(StepScreen screen, FormFields form) {
        this.step = (QuizStep) screen.step();
        this.choices = step.choicesFor(screen.seed(), screen.attempts());
        this.form = form;
    }

    /** A single-choice or a multiple-choice quiz: each has its own view. */
    static StepInput of(StepScreen screen, FormFields form) {
        return ((QuizStep) screen.step()).multiple() ? new MultipleInput(screen, form) : new QuizInput(screen, form);
    }

    @Override
    public String view() {
        return "quiz";
    }

    /** The choices sent ({@code choice}, once each): at least one, each a choice of this quiz. */
    @Override
    public FormAnswer read() {
        Set<String> chosen = new LinkedHashSet<>(form.all("choice"));
        if (chosen.isEmpty()) {
            return FormAnswer.refused("step.answer.tickOne");
        }
        if (!chosen.stream().allMatch(id -> step.choice(id).isPresent())) {
            return FormAnswer.forged();
        }
        return FormAnswer.of(new Answer.Choices(chosen));
    }

    public QuizStep getStep() {
        return step;
    }

    /** The choices in this learner's order for this attempt. */
    public List<Choice> getChoices() {
        return choices;
    }
}

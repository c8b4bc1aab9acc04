package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.CheckQuestion;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.learning.application.StepScreen;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code check.xhtml}: the final check, one radio group {@code q-<question id>} per question, one button. */
public final class CheckInput implements StepInput {

    private final CheckStep step;
    private final List<CheckQuestion> questions;
    private final FormFields form;

    CheckInput(StepScreen screen, FormFields form) {
        this.step = (CheckStep) screen.step();
        this.questions = step.questionsFor(screen.module().id(), screen.seed(), screen.attempts());
        this.form = form;
    }

    @Override
    public String view() {
        return "check";
    }

    /** A choice for every question, each a choice of its question. */
    @Override
    public FormAnswer read() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (CheckQuestion q : questions) {
            String choice = form.first("q-" + q.id(), "");
            if (choice.isBlank()) {
                return FormAnswer.refused("step.check.answerAll");
            }
            if (q.choice(choice).isEmpty()) {
                return FormAnswer.forged();
            }
            choices.put(q.id(), choice);
        }
        return FormAnswer.of(new Answer.CheckAnswers(choices));
    }

    @Override
    public String verdictKey(boolean correct) {
        return correct ? "step.check.passed" : "step.check.failed";
    }

    @Override
    public String yourAnswerKey() {
        return "step.yourResult";
    }

    public CheckStep getStep() {
        return step;
    }

    /** Whether the content gives its own introduction (else the interface's). */
    public boolean isOwnIntro() {
        return step.intro() != null;
    }

    /** The questions, and their choices, in this learner's order for this attempt. */
    public List<CheckQuestion> getQuestions() {
        return questions;
    }
}

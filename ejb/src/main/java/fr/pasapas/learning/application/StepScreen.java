package fr.pasapas.learning.application;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.QuestionStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.Verdict;
import fr.pasapas.learning.domain.StepStatus;

/**
 * What a learner sees on one step: the step, where it stands in the module, and, for a question, the
 * last answer given and its stored verdict (the feedback to show), null when none. A question step gives its
 * choices, check questions or order items in this learner's order for this attempt from {@code seed} and
 * {@code attempts} (for example {@code QuizStep.choicesFor}).
 *
 * @param attempts        answers given so far to this step: the attempt shown is the next one
 * @param seed            this learner's shuffle seed for this step
 * @param submissionToken a fresh token for the answer form, so that a repeated submission counts once
 */
public record StepScreen(Module module, Step step, int index, StepStatus status, int attempts, long seed,
                         Answer lastAnswer, Verdict lastVerdict, String submissionToken) {

    /**
     * The same screen with the texts of a translated module (same ids, answers, order and media); the feedback
     * keeps the stored verdict, in the translated words.
     */
    public StepScreen in(Module translated) {
        Step shown = translated.step(step.id()).orElse(step);
        Verdict verdict = lastVerdict != null && shown instanceof QuestionStep question
                ? question.verdict(lastAnswer, lastVerdict.correct()) : lastVerdict;
        return new StepScreen(translated, shown, index, status, attempts, seed, lastAnswer, verdict, submissionToken);
    }

    public int number() {
        return index + 1;
    }

    public int total() {
        return module.steps().size();
    }

    public boolean isFirst() {
        return index == 0;
    }

    public boolean isLast() {
        return index == module.steps().size() - 1;
    }

    public String previousStepId() {
        return isFirst() ? null : module.steps().get(index - 1).id();
    }

    public String nextStepId() {
        return isLast() ? null : module.steps().get(index + 1).id();
    }

    public boolean answered() {
        return lastAnswer != null;
    }

    /** Percent of the progress bar: steps before this one. */
    public int progressPercent() {
        return index * 100 / total();
    }
}

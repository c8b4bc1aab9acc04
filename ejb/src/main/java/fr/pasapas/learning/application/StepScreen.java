package fr.pasapas.learning.application;

import fr.pasapas.learning.domain.Answer;
import fr.pasapas.learning.domain.Module;
import fr.pasapas.learning.domain.Step;
import fr.pasapas.learning.domain.StepStatus;

/**
 * What a learner sees on one step: the step, where it stands in the module, and, for a question, the
 * last answer given (to show its feedback), null when none.
 *
 * @param submissionToken a fresh token for the answer form, so that a repeated submission counts once
 */
public record StepScreen(Module module, Step step, int index, StepStatus status, Answer lastAnswer,
                         Boolean lastAnswerCorrect, String submissionToken) {

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

package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.Answer;

/**
 * What a step form carries: an answer to send to the step, or the message (resource bundle key) that tells the
 * learner what is missing or wrong in the form, when there is nothing to send.
 */
public record FormAnswer(Answer answer, String problem) {

    static FormAnswer of(Answer answer) {
        return new FormAnswer(answer, null);
    }

    static FormAnswer refused(String problem) {
        return new FormAnswer(null, problem);
    }

    /** A value the form does not offer (a forged or stale form). */
    static FormAnswer forged() {
        return refused("step.answer.invalid");
    }

    public boolean isRefused() {
        return answer == null;
    }
}

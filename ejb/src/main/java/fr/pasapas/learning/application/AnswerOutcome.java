package fr.pasapas.learning.application;

import fr.pasapas.catalogue.domain.Verdict;

/**
 * The result of an answer: whether it was right, whether it completed the module, and the verdict stored with it
 * (what the step page shows).
 */
public record AnswerOutcome(String answerText, boolean correct, boolean moduleCompleted, Verdict verdict) {
}

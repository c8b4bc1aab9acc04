package fr.pasapas.learning.application;

/** The result of an answer: whether it was right, and whether it completed the module. */
public record AnswerOutcome(String answerText, boolean correct, boolean moduleCompleted) {
}

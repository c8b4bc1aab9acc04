package fr.pasapas.learning.domain;

/** One screen of a module. Its id is stable across content edits. */
public sealed interface Step permits ExplanationStep, QuizStep {

    String id();

    String title();

    /** Whether the learner must answer something to complete this step. */
    default boolean isQuestion() {
        return this instanceof QuizStep;
    }
}

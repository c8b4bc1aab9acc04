package fr.pasapas.catalogue.domain;

/** One screen of a module. Its id is stable across content edits. */
public sealed interface Step permits ExplanationStep, QuizStep, HotspotStep, OrderStep, TypingStep, CheckStep {

    String id();

    String title();

    /** Whether the learner must answer something to complete this step: every step but an explanation. */
    default boolean isQuestion() {
        return !(this instanceof ExplanationStep);
    }
}

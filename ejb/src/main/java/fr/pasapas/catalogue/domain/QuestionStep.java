package fr.pasapas.catalogue.domain;

import java.util.Optional;

/**
 * A step the learner answers. Each type judges its own answers, knows a right answer, says what its feedback
 * is, and keeps its answers in a compact text form (stored with the answer, so that its feedback can be shown
 * again later).
 */
public sealed interface QuestionStep extends Step permits QuizStep, HotspotStep, OrderStep, TypingStep, CheckStep {

    @Override
    default boolean isQuestion() {
        return true;
    }

    /**
     * Right or wrong, with the feedback to show; empty when the answer does not fit this step at all (a choice,
     * zone, item or question it does not have, or an answer of another kind): such an answer is refused, never
     * counted.
     */
    Optional<Verdict> judge(Answer answer);

    /**
     * The feedback of an answer judged before, with the verdict given then (the stored verdict is what the
     * learner sees, even if the content changed since), in this step's texts.
     *
     * @param answer an answer of this step's kind, e.g. from {@link #decode(String)}
     */
    Verdict verdict(Answer answer, boolean correct);

    /** A right answer, e.g. to walk a module for the demo data. */
    Answer rightAnswer();

    /** The text form of an answer that fits this step, as stored (at most {@link Answer#MAX_TEXT} characters). */
    String encode(Answer answer);

    /** The answer back from its stored text form (null reads as empty). */
    Answer decode(String text);
}

package fr.pasapas.web.learning.steps;

import java.util.Optional;

/** The form of one step view: reading what it posted, and the data the view shows besides the step. */
public interface StepInput {

    /** The view's name: {@code WEB-INF/steps/<view>.xhtml}. */
    String view();

    /** The answer the posted form carries, or why there is none. */
    FormAnswer read();

    /**
     * A form that rearranges the answer being built without sending it ({@code do=move-…}): the query to show the
     * step again with, e.g. {@code &retry=true&order=b,a,c#item-a}; empty when this view has no such form.
     */
    default Optional<String> move(String action) {
        return Optional.empty();
    }

    /** The key of the verdict's heading. */
    default String verdictKey(boolean correct) {
        return correct ? "step.correct" : "step.wrong";
    }

    /** The key of the line that reads the answer back, with the answer as its argument. */
    default String yourAnswerKey() {
        return "step.yourAnswer";
    }

    /** Recorded audio the step plays (path relative to the course folder), or null. */
    default String audio() {
        return null;
    }
}

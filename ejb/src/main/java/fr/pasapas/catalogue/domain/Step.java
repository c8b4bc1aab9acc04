package fr.pasapas.catalogue.domain;

import java.util.List;

/**
 * One screen of a module. Its id is stable across content edits. An explanation is read; a practice is done on the
 * sandbox; every other step is a {@link QuestionStep} that judges its own answers.
 */
public sealed interface Step permits ExplanationStep, PracticeStep, QuestionStep {

    String id();

    String title();

    /** Whether the learner must answer something to complete this step: every step but an explanation. */
    boolean isQuestion();

    /**
     * Whether this step opens only once every other step of its module is finished: the final check, so that it
     * assesses what the module taught, after the learner has seen all of it.
     */
    default boolean waitsForTheOtherSteps() {
        return false;
    }

    /** The media files this step shows (images, recorded audio), as paths relative to the course folder. */
    List<String> mediaPaths();
}

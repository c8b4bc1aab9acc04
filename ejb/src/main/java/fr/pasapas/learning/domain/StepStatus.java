package fr.pasapas.learning.domain;

/** Where a learner is on one step. */
public enum StepStatus {
    /** Shown, not finished yet. */
    SEEN,
    /** A question answered wrongly: the learner can try again. */
    FAILED,
    /** Finished: explanation read, or question answered correctly. */
    DONE;

    public boolean isDone() {
        return this == DONE;
    }
}

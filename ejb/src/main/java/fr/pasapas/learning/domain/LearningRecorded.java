package fr.pasapas.learning.domain;

import java.time.Instant;

/**
 * A progress row the figures for funders count was just written: fired by the repositories in the transaction
 * that wrote it, once per row written (the reporting context observes it to keep its summary of each learner's
 * months; an observer that fails rolls the write back).
 *
 * @param at       when it happened (null for {@link What#TIME_SPENT}: the time counts in the month the step was
 *                 first opened, which the step's row holds)
 * @param seconds  the seconds added to the step (for {@link What#TIME_SPENT})
 * @param moduleId the step's module (for {@link What#TIME_SPENT})
 * @param stepId   the step (for {@link What#TIME_SPENT})
 */
public record LearningRecorded(long learnerId, What what, Instant at, long seconds, String moduleId, String stepId) {

    public enum What {
        /** A step opened for the first time (a step row inserted). */
        STEP_OPENED,
        /** An answer stored. */
        ANSWERED,
        /** Seconds added to a step's time. */
        TIME_SPENT,
        /** A module completed. */
        MODULE_COMPLETED
    }

    public static LearningRecorded stepOpened(long learnerId, Instant at) {
        return new LearningRecorded(learnerId, What.STEP_OPENED, at, 0, null, null);
    }

    public static LearningRecorded answered(long learnerId, Instant at) {
        return new LearningRecorded(learnerId, What.ANSWERED, at, 0, null, null);
    }

    public static LearningRecorded timeSpent(long learnerId, String moduleId, String stepId, long seconds) {
        return new LearningRecorded(learnerId, What.TIME_SPENT, null, seconds, moduleId, stepId);
    }

    public static LearningRecorded moduleCompleted(long learnerId, Instant at) {
        return new LearningRecorded(learnerId, What.MODULE_COMPLETED, at, 0, null, null);
    }
}

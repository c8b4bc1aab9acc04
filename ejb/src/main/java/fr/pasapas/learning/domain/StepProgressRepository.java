package fr.pasapas.learning.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A learner on each step (step_progress): inserted once under the learner's {@link fr.pasapas.people.application.LearnerLock}, changed by
 * single statements on the stored values, read for one learner or, as records, for many learners in one query.
 */
public interface StepProgressRepository {

    /** The step rows of these learners (none for an empty collection), in one query. */
    List<StepProgressRecord> ofLearners(Collection<Long> learnerIds);

    /** Inserts the step's row, status seen, if the learner never opened the step. */
    void ensureStep(long learnerId, String moduleId, String stepId, int contentVersion, Instant now);

    /** An explanation read to the end: done (once), plus the time on screen. */
    void markDone(long learnerId, String moduleId, String stepId, long seconds, Instant now);

    /** One more answer: attempts + 1; right, the step is done; wrong, it fails unless it was done before. */
    void recordAnswer(long learnerId, String moduleId, String stepId, boolean correct, long seconds, Instant now);

    /** The learner's steps of a module as the database has them now, by step id. */
    Map<String, StepState> stepStates(long learnerId, String moduleId);
}

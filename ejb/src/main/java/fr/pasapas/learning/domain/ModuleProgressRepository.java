package fr.pasapas.learning.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A learner's place in each module (module_progress): written under the learner's {@link fr.pasapas.people.application.LearnerLock} with
 * single statements, read for one learner or, as records, for many learners in one query.
 */
public interface ModuleProgressRepository {

    /** The module rows of these learners (none for an empty collection), in one query. */
    List<ModuleProgressRecord> ofLearners(Collection<Long> learnerIds);

    /** Records that the learner is on a step of a module: inserts the module's row if absent, else moves it. */
    void moveTo(long learnerId, String moduleId, String stepId, int contentVersion, Instant now);

    /** Moves the learner's row of a module to a step, in one statement; false when the row does not exist yet. */
    boolean moveToIfPresent(long learnerId, String moduleId, String stepId, int contentVersion, Instant now);

    /** Marks the module completed; true only for the call that completed it. */
    boolean complete(long learnerId, String moduleId, Instant now);

    Optional<String> currentStepId(long learnerId, String moduleId);

    boolean isCompleted(long learnerId, String moduleId);
}

package fr.pasapas.learning.domain;

import java.time.Instant;

/**
 * A learner's row of a module as the reports read it, without a managed entity.
 *
 * @param completedAt null while the module is not completed
 */
public record ModuleProgressRecord(long learnerId, String moduleId, String currentStepId, Instant lastActivity,
                                   Instant completedAt) {

    public boolean completed() {
        return completedAt != null;
    }
}

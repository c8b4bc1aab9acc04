package fr.pasapas.learning.application;

import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.learning.domain.ModuleStanding;

/**
 * A module on the learner's "Mes modules" page and in the trainer's report.
 *
 * @param failedAttemptsHere wrong answers so far on the step to resume, while it is not passed (0 otherwise):
 *                           a trainer sees who is stuck
 */
public record ModuleSummary(Module module, String courseTitle, ModuleStanding standing, String resumeStepId,
                            int resumeStepNumber, boolean completed,
                            java.time.Instant lastActivity, int failedAttemptsHere) {

    /** Two wrong answers in a row on the same step: the learner probably needs help. */
    public static final int STUCK_AFTER = 2;

    public boolean stuck() {
        return !completed && failedAttemptsHere >= STUCK_AFTER;
    }

    public int percent() {
        return completed ? 100 : standing.percent();
    }

    public boolean started() {
        return standing.started() || completed;
    }
}

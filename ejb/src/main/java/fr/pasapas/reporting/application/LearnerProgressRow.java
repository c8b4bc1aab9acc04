package fr.pasapas.reporting.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One learner on one module, as a trainer follows it: how far, and the step where they are (or stuck).
 *
 * @param currentStepNumber 1-based, 0 when not started
 * @param failedAttempts    wrong answers on the current step so far; {@code stuck} from 2 on
 */
public record LearnerProgressRow(long learnerId, String learnerName, String username, String moduleId,
                                 String moduleTitle, int percent, boolean started, boolean completed,
                                 int currentStepNumber, int totalSteps, String currentStepTitle,
                                 Instant lastActivity, String certificateCode, int failedAttempts, boolean stuck)
        implements Serializable {
}

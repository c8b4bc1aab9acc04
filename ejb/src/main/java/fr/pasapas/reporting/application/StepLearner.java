package fr.pasapas.reporting.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A learner who reached a step, as the heat map lists them.
 *
 * @param current   whether it is their current step of a module they have not completed
 * @param abandoned whether they count as an abandon there (see {@link Abandon})
 */
public record StepLearner(long learnerId, String name, String username, String status, int attempts, long failures,
                          long helps, boolean current, boolean abandoned, Instant lastActivity) implements Serializable {
}

package fr.pasapas.reporting.application;

import java.io.Serializable;

/**
 * A step of the heat map: what happened there for the learners of the scope.
 *
 * @param attempts answers given
 * @param failures wrong answers
 * @param abandons learners for whom it is the current step of a module left for {@link Abandon#QUIET_DAYS} days
 * @param helps    help requests asked from the step (open or not)
 */
public record HeatRow(String moduleId, String moduleTitle, String stepId, int stepNumber, String stepTitle,
                      long attempts, long failures, long abandons, long helps) implements Serializable {
}

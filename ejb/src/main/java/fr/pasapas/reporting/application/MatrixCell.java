package fr.pasapas.reporting.application;

import java.io.Serializable;

/**
 * One learner on one module of the matrix: done, in progress at step {@code stepNumber} of {@code totalSteps},
 * or not started.
 */
public record MatrixCell(Status status, int stepNumber, int totalSteps) implements Serializable {

    public enum Status { DONE, IN_PROGRESS, NOT_STARTED }

    static MatrixCell notStarted(int totalSteps) {
        return new MatrixCell(Status.NOT_STARTED, 0, totalSteps);
    }
}

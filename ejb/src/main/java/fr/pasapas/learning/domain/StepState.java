package fr.pasapas.learning.domain;

/** A step's status and attempts as the database has them now (a scalar read, never a stale entity). */
public record StepState(StepStatus status, int attempts) {
}

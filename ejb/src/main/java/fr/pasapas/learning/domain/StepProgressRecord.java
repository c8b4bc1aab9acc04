package fr.pasapas.learning.domain;

/** A learner's row of a step as the reports read it: its status and the answers given so far. */
public record StepProgressRecord(long learnerId, String moduleId, String stepId, StepStatus status, int attempts) {
}

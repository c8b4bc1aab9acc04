package fr.pasapas.learning.application;

import java.time.Instant;

/** An open help request as a trainer sees it: who, which module, which step. */
public record HelpRequestView(long id, long learnerId, String learnerName, String moduleTitle, int stepNumber,
                              int totalSteps, String stepTitle, Instant createdAt) {
}

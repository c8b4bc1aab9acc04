package fr.pasapas.learning.application;

/** A trainer's answer as the learner reads it: on which step, and what the trainer wrote. */
public record HelpAnswer(long requestId, String moduleId, String stepId, String moduleTitle, String stepTitle,
                         String trainerName, String answer) {
}

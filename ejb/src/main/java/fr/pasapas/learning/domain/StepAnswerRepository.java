package fr.pasapas.learning.domain;

import java.util.Optional;

/** A learner's answers, kept as given: one row per answer sent, found by its form token. */
public interface StepAnswerRepository {

    void saveAnswer(StepAnswer answer);

    Optional<StepAnswer> answerByToken(long learnerId, String token);

    Optional<StepAnswer> latestAnswer(long learnerId, String moduleId, String stepId);

    /** The text of every answer the learner sent on a step, oldest first (answers of the first version may lack it). */
    default java.util.List<String> answerTexts(long learnerId, String moduleId, String stepId) {
        return latestAnswer(learnerId, moduleId, stepId).map(StepAnswer::getAnswerText).stream()
                .filter(java.util.Objects::nonNull).toList();
    }
}

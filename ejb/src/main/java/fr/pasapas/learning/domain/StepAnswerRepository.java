package fr.pasapas.learning.domain;

import java.util.Optional;

/** A learner's answers, kept as given: one row per answer sent, found by its form token. */
public interface StepAnswerRepository {

    void saveAnswer(StepAnswer answer);

    Optional<StepAnswer> answerByToken(long learnerId, String token);

    Optional<StepAnswer> latestAnswer(long learnerId, String moduleId, String stepId);
}

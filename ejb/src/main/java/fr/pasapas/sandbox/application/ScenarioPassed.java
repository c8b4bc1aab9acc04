package fr.pasapas.sandbox.application;

import fr.pasapas.sandbox.domain.Mode;

/**
 * A learner has just passed a scenario in a mode. Fired once per run, inside the transaction that stores the
 * action that passed it: an observer that fails rolls that action back (learning will count it for its
 * {@code practice} steps).
 */
public record ScenarioPassed(long learnerId, String scenarioId, Mode mode) {
}

package fr.pasapas.sandbox.application;

import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.RunState;

/**
 * A stored run as its learner sees it: what the replay of its actions gives.
 *
 * @param actions how many actions the run holds (undo and restart included)
 */
public record RunView(long runId, String scenarioId, Mode mode, RunState state, int actions) {
}

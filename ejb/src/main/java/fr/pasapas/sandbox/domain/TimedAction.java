package fr.pasapas.sandbox.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An action and when the learner did it (a stored action's {@code acted_at}). Replays take time from here, never
 * from the clock: the same trace gives the same state, e.g. whether a code was typed within its 15 minutes.
 */
public record TimedAction(Action action, Instant at) {

    public TimedAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}

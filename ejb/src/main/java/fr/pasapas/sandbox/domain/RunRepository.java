package fr.pasapas.sandbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored runs and their actions. Writers hold the learner's {@link fr.pasapas.people.application.LearnerLock} first; action rows are only
 * inserted, and the run row is changed by single statements on its current values.
 */
public interface RunRepository {

    /** Inserts a new run and gives it its id. */
    StoredRun insert(StoredRun run);

    Optional<StoredRun> run(long runId);

    /** The newest run of this scenario and mode the learner has not finished. */
    Optional<StoredRun> unfinished(long learnerId, String scenarioId, Mode mode);

    /** The modes in which the learner has passed the scenario (each once). */
    java.util.Set<Mode> passedModes(long learnerId, String scenarioId);

    /** The run's actions, in order. */
    List<StoredAction> actions(long runId);

    Optional<StoredAction> actionByToken(long runId, String token);

    /** The highest sequence number of the run's actions, 0 when it has none. */
    int lastSequence(long runId);

    void append(StoredAction action);

    /** Marks the run finished if it is not yet; false when it already was (so it ends once). */
    boolean finish(long runId, RunState.Outcome outcome, boolean passed, Instant at);

    /** Takes back an ending that did not pass (undo or restart after a trap); false when there was none. */
    boolean reopen(long runId);
}

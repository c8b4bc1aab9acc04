package fr.pasapas.sandbox.application;

import fr.pasapas.people.application.LearnerLock;
import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.RunRepository;
import fr.pasapas.sandbox.domain.RunState;
import fr.pasapas.sandbox.domain.StoredAction;
import fr.pasapas.sandbox.domain.StoredRun;
import fr.pasapas.testing.RecordedEvents;
import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs in memory, with the meaning the JPA repository gives them in SQL (a unique sequence number and form
 * token per run, ending a run only once), for plain tests of {@link SandboxService}.
 */
final class InMemoryRuns implements RunRepository, LearnerLock {

    private final Map<Long, StoredRun> runRows = new LinkedHashMap<>();
    private final List<StoredAction> actionRows = new ArrayList<>();
    final List<ScenarioPassed> passed = new ArrayList<>();
    int locks;

    int actionCount() {
        return actionRows.size();
    }

    int runCount() {
        return runRows.size();
    }

    List<StoredAction> allActions() {
        return List.copyOf(actionRows);
    }

    @Override
    public void lock(long learnerId) {
        locks++;
    }

    @Override
    public StoredRun insert(StoredRun run) {
        run.assignId(runRows.size() + 1L);
        runRows.put(run.getId(), run);
        return run;
    }

    @Override
    public Optional<StoredRun> run(long runId) {
        return Optional.ofNullable(runRows.get(runId));
    }

    @Override
    public java.util.Set<Mode> passedModes(long learnerId, String scenarioId) {
        return runRows.values().stream().filter(r -> r.getLearnerId() == learnerId && r.getScenarioId().equals(scenarioId)
                && r.isPassed()).map(StoredRun::getMode).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Optional<StoredRun> unfinished(long learnerId, String scenarioId, Mode mode) {
        return runRows.values().stream().filter(r -> r.getLearnerId() == learnerId && r.getScenarioId().equals(scenarioId)
                && r.getMode() == mode && r.getFinishedAt() == null).max(Comparator.comparing(StoredRun::getId));
    }

    @Override
    public List<StoredAction> actions(long runId) {
        return actionRows.stream().filter(a -> a.getRunId() == runId)
                .sorted(Comparator.comparingInt(StoredAction::getSequenceNo)).toList();
    }

    @Override
    public Optional<StoredAction> actionByToken(long runId, String token) {
        return actionRows.stream().filter(a -> a.getRunId() == runId && a.getClientToken().equals(token)).findFirst();
    }

    @Override
    public int lastSequence(long runId) {
        return actions(runId).stream().mapToInt(StoredAction::getSequenceNo).max().orElse(0);
    }

    @Override
    public void append(StoredAction action) {
        if (actionByToken(action.getRunId(), action.getClientToken()).isPresent()
                || actions(action.getRunId()).stream().anyMatch(a -> a.getSequenceNo() == action.getSequenceNo())) {
            throw new IllegalStateException("unique constraint: sequence number and token are unique per run");
        }
        actionRows.add(action);
    }

    @Override
    public boolean finish(long runId, RunState.Outcome outcome, boolean passed, Instant at) {
        StoredRun run = runRows.get(runId);
        if (run == null || run.getFinishedAt() != null) {
            return false;
        }
        set(run, "finishedAt", at);
        set(run, "outcome", outcome);
        set(run, "passed", passed);
        return true;
    }

    @Override
    public boolean reopen(long runId) {
        StoredRun run = runRows.get(runId);
        if (run == null || !Boolean.FALSE.equals(run.getPassed())) {
            return false;
        }
        set(run, "finishedAt", null);
        set(run, "outcome", null);
        set(run, "passed", null);
        return true;
    }

    private static void set(StoredRun run, String field, Object value) {
        try {
            Field f = StoredRun.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(run, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    Event<ScenarioPassed> events() {
        return new RecordedEvents<>(passed);
    }
}

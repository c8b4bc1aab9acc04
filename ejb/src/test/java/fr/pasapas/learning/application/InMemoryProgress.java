package fr.pasapas.learning.application;

import fr.pasapas.learning.domain.ModuleProgressRecord;
import fr.pasapas.learning.domain.ModuleProgressRepository;
import fr.pasapas.learning.domain.StepAnswer;
import fr.pasapas.learning.domain.StepAnswerRepository;
import fr.pasapas.learning.domain.StepProgressRecord;
import fr.pasapas.learning.domain.StepProgressRepository;
import fr.pasapas.learning.domain.StepState;
import fr.pasapas.learning.domain.StepStatus;
import fr.pasapas.testing.RecordedEvents;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Progress rows in memory, with the meaning the JPA repositories give them in SQL (insert if absent, single
 * changes on stored values), for plain tests of the learning services.
 */
final class InMemoryProgress {

    private final Map<String, ModuleProgressRecord> moduleRows = new LinkedHashMap<>();
    private final Map<String, StepProgressRecord> stepRows = new LinkedHashMap<>();
    private final List<StepAnswer> answerRows = new ArrayList<>();
    final List<ModuleCompleted> completed = new ArrayList<>();
    int locks;

    private static String key(Object... parts) {
        return java.util.Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("/"));
    }

    int answerCount() {
        return answerRows.size();
    }

    StepStatus status(long learnerId, String stepId) {
        return stepRows.values().stream().filter(s -> s.learnerId() == learnerId && s.stepId().equals(stepId))
                .map(StepProgressRecord::status).findFirst().orElse(null);
    }

    int attempts(long learnerId, String stepId) {
        return stepRows.values().stream().filter(s -> s.learnerId() == learnerId && s.stepId().equals(stepId))
                .mapToInt(StepProgressRecord::attempts).findFirst().orElse(0);
    }

    ModuleProgressRepository modules() {
        return new ModuleProgressRepository() {
            @Override
            public List<ModuleProgressRecord> ofLearners(Collection<Long> learnerIds) {
                return moduleRows.values().stream().filter(m -> learnerIds.contains(m.learnerId())).toList();
            }

            @Override
            public void moveTo(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
                if (!moveToIfPresent(learnerId, moduleId, stepId, contentVersion, now)) {
                    moduleRows.put(key(learnerId, moduleId), new ModuleProgressRecord(learnerId, moduleId, stepId, now, null));
                }
            }

            @Override
            public boolean moveToIfPresent(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
                ModuleProgressRecord row = moduleRows.get(key(learnerId, moduleId));
                if (row == null) {
                    return false;
                }
                moduleRows.put(key(learnerId, moduleId), new ModuleProgressRecord(learnerId, moduleId, stepId, now, row.completedAt()));
                return true;
            }

            @Override
            public boolean complete(long learnerId, String moduleId, Instant now) {
                ModuleProgressRecord row = moduleRows.get(key(learnerId, moduleId));
                if (row == null || row.completedAt() != null) {
                    return false;
                }
                moduleRows.put(key(learnerId, moduleId), new ModuleProgressRecord(learnerId, moduleId, row.currentStepId(), now, now));
                return true;
            }

            @Override
            public Optional<String> currentStepId(long learnerId, String moduleId) {
                return Optional.ofNullable(moduleRows.get(key(learnerId, moduleId))).map(ModuleProgressRecord::currentStepId);
            }

            @Override
            public boolean isCompleted(long learnerId, String moduleId) {
                ModuleProgressRecord row = moduleRows.get(key(learnerId, moduleId));
                return row != null && row.completedAt() != null;
            }
        };
    }

    StepProgressRepository steps() {
        return new StepProgressRepository() {
            @Override
            public List<StepProgressRecord> ofLearners(Collection<Long> learnerIds) {
                return stepRows.values().stream().filter(s -> learnerIds.contains(s.learnerId())).toList();
            }

            @Override
            public void ensureStep(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
                stepRows.putIfAbsent(key(learnerId, moduleId, stepId),
                        new StepProgressRecord(learnerId, moduleId, stepId, StepStatus.SEEN, 0));
            }

            @Override
            public void markDone(long learnerId, String moduleId, String stepId, long seconds, Instant now) {
                stepRows.computeIfPresent(key(learnerId, moduleId, stepId),
                        (k, s) -> new StepProgressRecord(learnerId, moduleId, stepId, StepStatus.DONE, s.attempts()));
            }

            @Override
            public void recordAnswer(long learnerId, String moduleId, String stepId, boolean correct, long seconds, Instant now) {
                stepRows.computeIfPresent(key(learnerId, moduleId, stepId), (k, s) -> new StepProgressRecord(learnerId,
                        moduleId, stepId, s.status() == StepStatus.DONE || correct ? StepStatus.DONE : StepStatus.FAILED,
                        s.attempts() + 1));
            }

            @Override
            public Map<String, StepState> stepStates(long learnerId, String moduleId) {
                Map<String, StepState> states = new HashMap<>();
                stepRows.values().stream().filter(s -> s.learnerId() == learnerId && s.moduleId().equals(moduleId))
                        .forEach(s -> states.put(s.stepId(), new StepState(s.status(), s.attempts())));
                return states;
            }
        };
    }

    StepAnswerRepository answers() {
        return new StepAnswerRepository() {
            @Override
            public void saveAnswer(StepAnswer answer) {
                answerRows.add(answer);
            }

            @Override
            public Optional<StepAnswer> answerByToken(long learnerId, String token) {
                return answerRows.stream().filter(a -> a.getLearnerId() == learnerId && a.getSubmissionToken().equals(token))
                        .findFirst();
            }

            @Override
            public Optional<StepAnswer> latestAnswer(long learnerId, String moduleId, String stepId) {
                return answerRows.stream().filter(a -> a.getLearnerId() == learnerId && a.getModuleId().equals(moduleId)
                        && a.getStepId().equals(stepId)).reduce((first, second) -> second);
            }
        };
    }

    Event<ModuleCompleted> completions() {
        return new RecordedEvents<>(completed);
    }
}

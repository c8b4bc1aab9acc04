package fr.pasapas.learning.domain;

import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.catalogue.domain.Step;
import java.util.Map;

/**
 * How far a learner is in a module, computed from the module's current steps and the learner's step
 * statuses. Statuses of steps that no longer exist in the content are ignored; new steps count as to do. A module
 * completed by its final check also needs its practice steps done: a practice on the sandbox always counts.
 */
public record ModuleStanding(int doneSteps, int totalSteps, boolean started, boolean allStepsDone,
                             boolean completionRuleMet) {

    public static ModuleStanding of(Module module, Map<String, StepStatus> statusByStepId) {
        int done = 0;
        for (Step step : module.steps()) {
            StepStatus status = statusByStepId.get(step.id());
            if (status != null && status.isDone()) {
                done++;
            }
        }
        boolean started = module.steps().stream().anyMatch(s -> statusByStepId.containsKey(s.id()));
        boolean allDone = done == module.steps().size();
        boolean practicesDone = module.steps().stream().filter(step -> step instanceof PracticeStep)
                .allMatch(step -> statusByStepId.getOrDefault(step.id(), StepStatus.SEEN).isDone());
        boolean ruleMet = switch (module.completion()) {
            case ALL_STEPS -> allDone;
            case PASS_CHECK -> practicesDone && module.finalCheck()
                    .map(check -> statusByStepId.getOrDefault(check.id(), StepStatus.SEEN).isDone())
                    .orElse(allDone);
        };
        return new ModuleStanding(done, module.steps().size(), started, allDone, ruleMet);
    }

    /** Whole percent, rounded down so that 100 % means really finished. */
    public int percent() {
        return totalSteps == 0 ? 0 : doneSteps * 100 / totalSteps;
    }
}

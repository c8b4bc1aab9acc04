package fr.pasapas.learning.application;

import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.sandbox.application.SandboxService;
import fr.pasapas.sandbox.application.ScenarioPassed;
import fr.pasapas.sandbox.domain.Mode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a module's practice steps meet the sandbox: a pass of a scenario counts for the practice steps on it, at
 * once (in the transaction that passed it) for the modules the learner has started, and when the learner reaches
 * the step for the others. What counts is the sandbox's record of passed runs, never what a form says.
 */
@Stateless
public class PracticeProgress {

    @EJB
    private SandboxService sandbox;

    @EJB
    private ProgressService progress;

    /** Whether the learner has passed the step's scenario in its mode or a harder one. */
    public boolean passed(long learnerId, PracticeStep step) {
        return passedModes(learnerId, step.scenario()).stream().anyMatch(step::countsPassIn);
    }

    /** Marks the practice step done if its scenario is passed; refused otherwise. True when the module is completed. */
    public boolean complete(long learnerId, String moduleId, String stepId, String scenarioId) {
        return progress.completePractice(learnerId, moduleId, stepId, passedModes(learnerId, scenarioId));
    }

    /** A scenario passed in the sandbox counts for the practice steps on it. */
    public void onScenarioPassed(@Observes ScenarioPassed passed) {
        progress.scenarioPassed(passed.learnerId(), passed.scenarioId(), name(passed.mode()));
    }

    private Set<String> passedModes(long learnerId, String scenarioId) {
        return sandbox.passedModes(learnerId, scenarioId).stream().map(PracticeProgress::name).collect(Collectors.toSet());
    }

    private static String name(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}

package fr.pasapas.learning.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.learning.domain.ModuleProgressRepository;
import fr.pasapas.learning.domain.StepProgressRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where learners are in every module of the catalogue. One learner or a whole page of them costs the same two
 * queries (their module rows, their step rows); the summaries are then assembled in memory.
 */
@Stateless
public class ProgressSummaries {

    @Inject
    private ModuleProgressRepository modules;

    @Inject
    private StepProgressRepository steps;

    @EJB
    private CatalogueService catalogue;

    public ProgressSummaries() {
    }

    /** Outside the container (plain tests): on these repositories and this catalogue. */
    public ProgressSummaries(ModuleProgressRepository modules, StepProgressRepository steps, CatalogueService catalogue) {
        this.modules = modules;
        this.steps = steps;
        this.catalogue = catalogue;
    }

    /** Every module of the catalogue with the learner's progress, in catalogue order. */
    public List<ModuleSummary> of(long learnerId) {
        return of(List.of(learnerId)).get(learnerId);
    }

    /** The same for each of these learners, keyed by learner id in the order given. */
    public Map<Long, List<ModuleSummary>> of(Collection<Long> learnerIds) {
        return ModuleSummaries.of(catalogue.catalogue(), learnerIds, modules.ofLearners(learnerIds), steps.ofLearners(learnerIds));
    }
}

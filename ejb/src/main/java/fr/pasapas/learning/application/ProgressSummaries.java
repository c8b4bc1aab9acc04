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

    /** Every module of the learners' catalogue with the learner's progress, in catalogue order. */
    public List<ModuleSummary> of(long learnerId) {
        return of(learnerId, false);
    }

    /**
     * Every module that a learner ({@code staff} false) or a member of staff may open, with this account's progress,
     * in catalogue order.
     */
    public List<ModuleSummary> of(long accountId, boolean staff) {
        List<Long> ids = List.of(accountId);
        return ModuleSummaries.of(catalogue.catalogue().openTo(staff), ids, modules.ofLearners(ids), steps.ofLearners(ids))
                .get(accountId);
    }

    /**
     * The same for each of these learners, keyed by learner id in the order given: the modules of the learners'
     * catalogue (a staff course is not in a learner's report).
     */
    public Map<Long, List<ModuleSummary>> of(Collection<Long> learnerIds) {
        return ModuleSummaries.of(catalogue.catalogue().openTo(false), learnerIds, modules.ofLearners(learnerIds),
                steps.ofLearners(learnerIds));
    }
}

package fr.pasapas.learning.application;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.learning.domain.ModuleProgressRecord;
import fr.pasapas.learning.domain.ModuleStanding;
import fr.pasapas.learning.domain.StepProgressRecord;
import fr.pasapas.learning.domain.StepStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Learners' module summaries assembled from their progress rows, in memory: the same rules for one learner's
 * "Mes modules" and for a trainer's report of many learners ({@link ModuleStanding}, the step to resume, the
 * mistakes on it).
 */
final class ModuleSummaries {

    private ModuleSummaries() {
    }

    /** Every module of the catalogue for each learner, in catalogue order, keyed by learner in the given order. */
    static Map<Long, List<ModuleSummary>> of(Catalogue catalogue, Collection<Long> learnerIds,
                                             Collection<ModuleProgressRecord> modules, Collection<StepProgressRecord> steps) {
        Map<Long, Map<String, ModuleProgressRecord>> modulesByLearner = modules.stream()
                .collect(Collectors.groupingBy(ModuleProgressRecord::learnerId,
                        Collectors.toMap(ModuleProgressRecord::moduleId, Function.identity())));
        Map<Long, Map<String, Map<String, StepProgressRecord>>> stepsByLearner = steps.stream()
                .collect(Collectors.groupingBy(StepProgressRecord::learnerId, Collectors.groupingBy(StepProgressRecord::moduleId,
                        Collectors.toMap(StepProgressRecord::stepId, Function.identity()))));
        Map<Long, List<ModuleSummary>> result = new LinkedHashMap<>();
        for (Long learnerId : learnerIds) {
            result.put(learnerId, ofLearner(catalogue, modulesByLearner.getOrDefault(learnerId, Map.of()),
                    stepsByLearner.getOrDefault(learnerId, Map.of())));
        }
        return result;
    }

    private static List<ModuleSummary> ofLearner(Catalogue catalogue, Map<String, ModuleProgressRecord> modules,
                                                 Map<String, Map<String, StepProgressRecord>> steps) {
        List<ModuleSummary> result = new ArrayList<>();
        for (Course course : catalogue.courses()) {
            for (Module module : course.modules()) {
                result.add(summary(module, course.title(), modules.get(module.id()), steps.getOrDefault(module.id(), Map.of())));
            }
        }
        return result;
    }

    private static ModuleSummary summary(Module module, String courseTitle, ModuleProgressRecord place,
                                         Map<String, StepProgressRecord> steps) {
        Map<String, StepStatus> statuses = steps.values().stream()
                .collect(Collectors.toMap(StepProgressRecord::stepId, StepProgressRecord::status));
        ModuleStanding standing = ModuleStanding.of(module, statuses);
        String resume = place != null && module.step(place.currentStepId()).isPresent()
                ? place.currentStepId() : module.firstStep().id();
        StepProgressRecord here = steps.get(resume);
        return new ModuleSummary(module, courseTitle, standing, resume, module.indexOf(resume) + 1,
                place != null && place.completed(), place == null ? null : place.lastActivity(),
                here == null || here.status() != StepStatus.FAILED ? 0 : here.attempts());
    }
}

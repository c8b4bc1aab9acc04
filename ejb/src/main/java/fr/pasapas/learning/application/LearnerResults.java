package fr.pasapas.learning.application;

import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.learning.domain.ModuleProgressRecord;
import fr.pasapas.learning.domain.ModuleProgressRepository;
import fr.pasapas.learning.domain.StepAnswerRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A learner's stored results as other contexts read them (the certificates context evaluates a course's rule on
 * them): the modules completed and the best score of a final check, read from the rows, never from a form. Called
 * inside the caller's transaction, on behalf of the learner concerned; no page reaches it.
 */
@Stateless
public class LearnerResults {

    @Inject
    private ModuleProgressRepository modules;

    @Inject
    private StepAnswerRepository answers;

    /** Ids of the modules the learner has completed. */
    public Set<String> completedModules(long learnerId) {
        return modules.ofLearners(List.of(learnerId)).stream().filter(ModuleProgressRecord::completed)
                .map(ModuleProgressRecord::moduleId).collect(Collectors.toSet());
    }

    /** The learner's best score (right answers) on the module's final check; empty without a check or an answer. */
    public OptionalInt bestCheckScore(long learnerId, Module module) {
        if (module.finalCheck().isEmpty()) {
            return OptionalInt.empty();
        }
        CheckStep check = module.finalCheck().get();
        return answers.answerTexts(learnerId, module.id(), check.id()).stream()
                .mapToInt(text -> check.score(((fr.pasapas.catalogue.domain.Answer.CheckAnswers) check.decode(text))
                        .choiceByQuestion()).right())
                .max();
    }
}

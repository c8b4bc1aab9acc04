package fr.pasapas.catalogue.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A module: an ordered list of steps a learner follows in one sitting.
 *
 * @param id               stable id, unique in the whole catalogue (progress is keyed by it)
 * @param courseId         the course it belongs to
 * @param version          content version, raised by authors on each published edit
 * @param estimatedMinutes how long a beginner needs, shown to learners and printed on certificates
 * @param competences      DigComp 2.2 competence codes, e.g. "5.2"
 * @param completion       when the module counts as completed; PASS_CHECK modules have exactly 1 check step
 * @param translated       whether every text a learner reads in the module (title, summary, every text of every
 *                         step) has an English version; the same in the French and the English catalogue
 */
public record Module(String id, String courseId, int version, String title, String summary,
                     int estimatedMinutes, List<String> competences, List<Step> steps, Completion completion,
                     boolean translated) {

    public Module {
        competences = List.copyOf(competences);
        steps = List.copyOf(steps);
        completion = completion == null ? Completion.ALL_STEPS : completion;
    }

    /** A module in French only. */
    public Module(String id, String courseId, int version, String title, String summary,
                  int estimatedMinutes, List<String> competences, List<Step> steps, Completion completion) {
        this(id, courseId, version, title, summary, estimatedMinutes, competences, steps, completion, false);
    }

    /** A module in French only, completed when all its steps are done. */
    public Module(String id, String courseId, int version, String title, String summary,
                  int estimatedMinutes, List<String> competences, List<Step> steps) {
        this(id, courseId, version, title, summary, estimatedMinutes, competences, steps, Completion.ALL_STEPS);
    }

    /**
     * Whether a learner may open this step, given which steps they have finished: any step, except one that
     * waits for the other steps (the final check) while one of those is not finished.
     */
    public boolean canOpen(Step step, Predicate<String> finished) {
        return !step.waitsForTheOtherSteps() || firstUnfinishedBefore(finished).isEmpty();
    }

    /** The first step that the final check waits for and that is not finished yet, if any. */
    public Optional<Step> firstUnfinishedBefore(Predicate<String> finished) {
        return steps.stream().filter(s -> !s.waitsForTheOtherSteps() && !finished.test(s.id())).findFirst();
    }

    /** The module's check step (the last one if there are several), if it has one. */
    public Optional<CheckStep> finalCheck() {
        Optional<CheckStep> last = Optional.empty();
        for (Step step : steps) {
            if (step instanceof CheckStep check) {
                last = Optional.of(check);
            }
        }
        return last;
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    public Step firstStep() {
        return steps.get(0);
    }
}

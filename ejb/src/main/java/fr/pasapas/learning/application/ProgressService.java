package fr.pasapas.learning.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.application.UnknownContentException;
import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.catalogue.domain.QuestionStep;
import fr.pasapas.catalogue.domain.Shuffle;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.Verdict;
import fr.pasapas.learning.domain.ModuleProgressRepository;
import fr.pasapas.learning.domain.ModuleStanding;
import fr.pasapas.learning.domain.StepAnswer;
import fr.pasapas.learning.domain.StepAnswerRepository;
import fr.pasapas.learning.domain.StepProgressRepository;
import fr.pasapas.learning.domain.StepState;
import fr.pasapas.learning.domain.StepStatus;
import fr.pasapas.people.application.LearnerLock;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A learner's way through modules: opening a step, finishing an explanation, answering a question. Every
 * call saves at once, so a closed tablet loses nothing, and is idempotent where a learner can repeat it.
 * Writes never conflict: each call takes the learner's write lock first, then changes rows with single
 * statements ({@link LearnerLock}); two tabs, a double tap or a resent form wait for each other
 * for a few milliseconds instead of failing.
 *
 * <p>Staff (trainers, coordinators, admins) follow courses too, with their own progress under their account id:
 * they may open every course, learners only the courses open to them ({@link fr.pasapas.catalogue.domain.Audience}).
 * A module the caller may not open is refused exactly like a module that does not exist.
 */
@Stateless
public class ProgressService {

    private static final String TOKEN_PATTERN = "[A-Za-z0-9-]{8,64}";

    /** The roles whose members may open staff courses. */
    static final List<String> STAFF_ROLES = List.of("TRAINER", "PARTNER", "ADMIN");

    @Resource
    private SessionContext session;

    @Inject
    private LearnerLock learnerLock;

    @Inject
    private ModuleProgressRepository modules;

    @Inject
    private StepProgressRepository steps;

    @Inject
    private StepAnswerRepository answers;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private Event<ModuleCompleted> moduleCompleted;

    @EJB
    private ProgressSummaries summaries;

    private Clock clock = Clock.systemUTC();

    public ProgressService() {
        // for the container
    }

    /** A service on other repositories (in memory, in plain tests), the same rules. */
    ProgressService(LearnerLock learnerLock, ModuleProgressRepository modules, StepProgressRepository steps,
                    StepAnswerRepository answers, CatalogueService catalogue, Event<ModuleCompleted> moduleCompleted,
                    Clock clock) {
        this.learnerLock = learnerLock;
        this.modules = modules;
        this.steps = steps;
        this.answers = answers;
        this.catalogue = catalogue;
        this.moduleCompleted = moduleCompleted;
        this.clock = clock;
    }

    /** The step to open when the learner taps a module: where they stopped, else the first step to do. */
    public String resumeStepId(long learnerId, String moduleId) {
        Module module = module(moduleId);
        Optional<String> current = modules.currentStepId(learnerId, moduleId);
        if (current.isPresent() && module.step(current.get()).isPresent()) {
            return reachableStepId(learnerId, moduleId, current.get());
        }
        return firstUnfinishedStepId(learnerId, moduleId);
    }

    /** The first step not finished yet (a step removed from the content no longer counts), else the first. */
    public String firstUnfinishedStepId(long learnerId, String moduleId) {
        Module module = module(moduleId);
        Map<String, StepState> states = steps.stepStates(learnerId, moduleId);
        return module.steps().stream()
                .filter(s -> !status(states, s.id()).isDone())
                .findFirst().orElse(module.firstStep()).id();
    }

    /**
     * The step a learner may open when asking for {@code stepId}: that step, unless it is the final check
     * and another step of the module has not been answered yet; then the first such step.
     */
    public String reachableStepId(long learnerId, String moduleId, String stepId) {
        Module module = module(moduleId);
        Step step = step(module, stepId);
        Map<String, StepState> states = steps.stepStates(learnerId, moduleId);
        return module.canOpen(step, finished(states)) ? stepId
                : module.firstUnfinishedBefore(finished(states)).orElse(module.firstStep()).id();
    }

    /**
     * Shows a step: records that it was seen and that the learner is now there. On a step already seen
     * (the usual case: a reload, a second tab, going back) this is one UPDATE, made last so that its row
     * lock is held for the shortest time; the learner's write lock is only taken to insert new rows.
     */
    public StepScreen openStep(long learnerId, String moduleId, String stepId) {
        Module module = module(moduleId);
        Step step = step(module, stepId);
        Instant now = clock.instant();
        Map<String, StepState> states = steps.stepStates(learnerId, moduleId);
        if (!module.canOpen(step, finished(states))) {
            throw new StepNotOpenException(module.firstUnfinishedBefore(finished(states)).orElse(module.firstStep()).id());
        }
        StepScreen screen = screen(learnerId, module, step, states);
        if (!states.containsKey(stepId) || !modules.moveToIfPresent(learnerId, moduleId, stepId, module.version(), now)) {
            learnerLock.lock(learnerId);
            modules.moveTo(learnerId, moduleId, stepId, module.version(), now);
            steps.ensureStep(learnerId, moduleId, stepId, module.version(), now);
        }
        return screen;
    }

    /** What a step shows now, without recording anything (a form sent back is checked against it). */
    public StepScreen screen(long learnerId, String moduleId, String stepId) {
        Module module = module(moduleId);
        return screen(learnerId, module, step(module, stepId), steps.stepStates(learnerId, moduleId));
    }

    private StepScreen screen(long learnerId, Module module, Step step, Map<String, StepState> states) {
        StepState state = states.get(step.id());
        QuestionStep question = step instanceof QuestionStep q ? q : null;
        StepAnswer last = question == null ? null
                : answers.latestAnswer(learnerId, module.id(), step.id()).orElse(null);
        return new StepScreen(module, step, module.indexOf(step.id()),
                state == null ? StepStatus.SEEN : state.status(), state == null ? 0 : state.attempts(),
                Shuffle.seed(learnerId, module.id(), step.id()),
                last == null ? null : last.answerTo(question), last == null ? null : last.verdictBy(question),
                UUID.randomUUID().toString());
    }

    /** The learner read an explanation and goes on. Returns true when this completed the module. */
    public boolean completeExplanation(long learnerId, String moduleId, String stepId) {
        return completeExplanation(learnerId, moduleId, stepId, 0);
    }

    /** As above, adding the seconds the learner spent on the screen. */
    public boolean completeExplanation(long learnerId, String moduleId, String stepId, long seconds) {
        Module module = module(moduleId);
        Step step = step(module, stepId);
        if (!(step instanceof ExplanationStep)) {
            throw new InvalidAnswerException("Step " + stepId + " is a question: it is completed by answering it");
        }
        Instant now = clock.instant();
        learnerLock.lock(learnerId);
        modules.moveTo(learnerId, moduleId, stepId, module.version(), now);
        steps.ensureStep(learnerId, moduleId, stepId, module.version(), now);
        steps.markDone(learnerId, moduleId, stepId, seconds, now);
        return completeModuleIfDone(learnerId, module, now);
    }

    /**
     * A practice step is done: the learner passed its scenario in one of {@code passedModes} (the sandbox's
     * record), in its mode or a harder one. Refused, changing nothing, otherwise. Returns true when this completed
     * the module.
     */
    public boolean completePractice(long learnerId, String moduleId, String stepId, Set<String> passedModes) {
        Module module = module(moduleId);
        if (!(step(module, stepId) instanceof PracticeStep practice)) {
            throw new InvalidAnswerException("Step " + stepId + " is not a practice");
        }
        if (passedModes.stream().noneMatch(practice::countsPassIn)) {
            throw new InvalidAnswerException("The scenario of " + stepId + " is not passed in mode " + practice.mode() + " yet");
        }
        Instant now = clock.instant();
        learnerLock.lock(learnerId);
        modules.moveTo(learnerId, moduleId, stepId, module.version(), now);
        steps.ensureStep(learnerId, moduleId, stepId, module.version(), now);
        steps.markDone(learnerId, moduleId, stepId, 0, now);
        return completeModuleIfDone(learnerId, module, now);
    }

    /**
     * The learner has just passed a scenario in a mode: every practice step on it that this pass counts for, in
     * the modules the learner has started, is done (the learner may have come from the step, or from the practice
     * page). Modules not started are left alone: their step is done when the learner reaches it.
     */
    public void scenarioPassed(long learnerId, String scenarioId, String mode) {
        for (Module module : catalogue.catalogue().openTo(callerIsStaff()).modules()) {
            for (Step step : module.steps()) {
                if (step instanceof PracticeStep practice && practice.scenario().equals(scenarioId)
                        && practice.countsPassIn(mode) && !steps.stepStates(learnerId, module.id()).isEmpty()) {
                    completePractice(learnerId, module.id(), step.id(), Set.of(mode));
                }
            }
        }
    }

    /** A single-choice answer (kept for callers that answer a quiz by one choice id). */
    public AnswerOutcome answer(long learnerId, String moduleId, String stepId, String choiceId, String token) {
        return answer(learnerId, moduleId, stepId, new Answer.Choices(choiceId == null ? Set.of() : Set.of(choiceId)), token, 0);
    }

    /**
     * Records an answer once per submission token: the same token again returns the first outcome and
     * changes nothing. An answer that does not fit the step, or a final check sent before the other steps
     * were answered, is refused and changes nothing.
     */
    public AnswerOutcome answer(long learnerId, String moduleId, String stepId, Answer answer, String token, long seconds) {
        Module module = module(moduleId);
        if (!(step(module, stepId) instanceof QuestionStep step)) {
            throw new InvalidAnswerException("Step " + stepId + " is not a question");
        }
        if (token == null || !token.matches(TOKEN_PATTERN)) {
            throw new InvalidAnswerException("Missing or malformed submission token");
        }
        Verdict verdict = step.judge(answer)
                .orElseThrow(() -> new InvalidAnswerException("This answer does not fit step " + stepId));
        boolean correct = verdict.correct();
        learnerLock.lock(learnerId);
        Optional<StepAnswer> already = answers.answerByToken(learnerId, token);
        if (already.isPresent()) {
            StepAnswer previous = already.get();
            if (!previous.getModuleId().equals(moduleId) || !previous.getStepId().equals(stepId)) {
                throw new InvalidAnswerException("This submission token belongs to another step");
            }
            return new AnswerOutcome(previous.getAnswerText(), previous.isCorrect(), modules.isCompleted(learnerId, moduleId),
                    previous.verdictBy(step));
        }
        if (!module.canOpen(step, finished(steps.stepStates(learnerId, moduleId)))) {
            throw new InvalidAnswerException("The final check of " + moduleId + " opens once the other steps are answered");
        }
        String text = step.encode(answer);
        Instant now = clock.instant();
        modules.moveTo(learnerId, moduleId, stepId, module.version(), now);
        steps.ensureStep(learnerId, moduleId, stepId, module.version(), now);
        answers.saveAnswer(new StepAnswer(learnerId, moduleId, stepId, token, text, correct, now));
        steps.recordAnswer(learnerId, moduleId, stepId, correct, seconds, now);
        boolean completed = correct && completeModuleIfDone(learnerId, module, now);
        return new AnswerOutcome(text, correct, completed || modules.isCompleted(learnerId, moduleId), verdict);
    }

    /** Every module of the catalogue that the caller may open, with the learner's progress, in catalogue order. */
    public List<ModuleSummary> summaries(long learnerId) {
        return summaries.of(learnerId, callerIsStaff());
    }

    public Optional<ModuleSummary> summary(long learnerId, String moduleId) {
        return summaries(learnerId).stream().filter(s -> s.module().id().equals(moduleId)).findFirst();
    }

    /** Walks a module to its end with correct answers: used to seed the demo learner who holds a certificate. */
    public void completeWithCorrectAnswers(long learnerId, String moduleId) {
        Module module = module(moduleId);
        for (Step step : module.steps()) {
            openStep(learnerId, moduleId, step.id());
            if (step instanceof QuestionStep question) {
                answer(learnerId, moduleId, step.id(), question.rightAnswer(), UUID.randomUUID().toString(), 0);
            } else if (step instanceof PracticeStep practice) {
                completePractice(learnerId, moduleId, step.id(), Set.of(practice.mode())); // demo data only
            } else {
                completeExplanation(learnerId, moduleId, step.id());
            }
        }
    }

    /** A step counts as finished for the final check once it has been answered (right or wrong) or read. */
    private static Predicate<String> finished(Map<String, StepState> states) {
        return stepId -> status(states, stepId) != StepStatus.SEEN;
    }

    private static StepStatus status(Map<String, StepState> states, String stepId) {
        StepState state = states.get(stepId);
        return state == null ? StepStatus.SEEN : state.status();
    }

    private boolean completeModuleIfDone(long learnerId, Module module, Instant now) {
        Map<String, StepStatus> statuses = steps.stepStates(learnerId, module.id()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().status()));
        if (!ModuleStanding.of(module, statuses).completionRuleMet()) {
            return false;
        }
        if (!modules.complete(learnerId, module.id(), now)) {
            return false;
        }
        moduleCompleted.fire(new ModuleCompleted(learnerId, module.id(), module.version()));
        return true;
    }

    private Module module(String moduleId) {
        return catalogue.moduleOpenTo(moduleId, callerIsStaff())
                .orElseThrow(() -> new UnknownContentException("No module " + moduleId));
    }

    /** Whether the caller is a member of staff; outside the container (plain tests), a learner. */
    private boolean callerIsStaff() {
        return session != null && STAFF_ROLES.stream().anyMatch(session::isCallerInRole);
    }

    private static Step step(Module module, String stepId) {
        return module.step(stepId).orElseThrow(() -> new UnknownContentException("No step " + stepId + " in " + module.id()));
    }
}

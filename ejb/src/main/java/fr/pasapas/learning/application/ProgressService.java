package fr.pasapas.learning.application;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.learning.domain.Answer;
import fr.pasapas.learning.domain.AnswerCheck;
import fr.pasapas.learning.domain.Course;
import fr.pasapas.learning.domain.ExplanationStep;
import fr.pasapas.learning.domain.Module;
import fr.pasapas.learning.domain.ModuleProgress;
import fr.pasapas.learning.domain.ModuleStanding;
import fr.pasapas.learning.domain.Step;
import fr.pasapas.learning.domain.StepAnswer;
import fr.pasapas.learning.domain.StepProgress;
import fr.pasapas.learning.domain.StepStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner's way through modules: opening a step, finishing an explanation, answering a question. Every
 * call saves at once, so a closed tablet loses nothing, and is idempotent where a learner can repeat it.
 */
@Stateless
public class ProgressService {

    private static final String TOKEN_PATTERN = "[A-Za-z0-9-]{8,64}";

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private CertificateService certificates;

    private final Clock clock = Clock.systemUTC();

    /** The step to open when the learner taps a module: where they stopped, else the first step to do. */
    public String resumeStepId(long learnerId, String moduleId) {
        Module module = module(moduleId);
        Optional<ModuleProgress> progress = moduleProgress(learnerId, moduleId);
        if (progress.isPresent() && module.step(progress.get().getCurrentStepId()).isPresent()) {
            return progress.get().getCurrentStepId();
        }
        return firstUnfinishedStepId(learnerId, moduleId);
    }

    /** The first step not finished yet (a step removed from the content no longer counts), else the first. */
    public String firstUnfinishedStepId(long learnerId, String moduleId) {
        Module module = module(moduleId);
        Map<String, StepStatus> statuses = statuses(learnerId, moduleId);
        return module.steps().stream()
                .filter(s -> !statuses.getOrDefault(s.id(), StepStatus.SEEN).isDone())
                .findFirst().orElse(module.firstStep()).id();
    }

    /** Shows a step: records that it was seen and that the learner is now there. */
    public StepScreen openStep(long learnerId, String moduleId, String stepId) {
        Module module = module(moduleId);
        Step step = module.step(stepId).orElseThrow(() -> new UnknownContentException("No step " + stepId + " in " + moduleId));
        Instant now = clock.instant();
        ModuleProgress progress = moduleProgress(learnerId, moduleId).orElseGet(() -> {
            ModuleProgress created = new ModuleProgress(learnerId, moduleId, module.version(), stepId, now);
            em.persist(created);
            return created;
        });
        progress.moveTo(stepId, module.version(), now);
        StepProgress stepProgress = stepProgress(learnerId, module, stepId, now);
        StepAnswer last = null;
        if (step.isQuestion()) {
            last = em.createNamedQuery("StepAnswer.latest", StepAnswer.class)
                    .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                    .setParameter("stepId", stepId).setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
        }
        return new StepScreen(module, step, module.indexOf(stepId), stepProgress.getStatus(),
                last == null ? null : Answer.decode(last.getAnswerText(), step), last == null ? null : last.isCorrect(),
                UUID.randomUUID().toString());
    }

    /** The learner read an explanation and goes on. Returns true when this completed the module. */
    public boolean completeExplanation(long learnerId, String moduleId, String stepId) {
        return completeExplanation(learnerId, moduleId, stepId, 0);
    }

    /** As above, adding the seconds the learner spent on the screen. */
    public boolean completeExplanation(long learnerId, String moduleId, String stepId, long seconds) {
        Module module = module(moduleId);
        Step step = module.step(stepId).orElseThrow(() -> new UnknownContentException("No step " + stepId + " in " + moduleId));
        if (!(step instanceof ExplanationStep)) {
            throw new InvalidAnswerException("Step " + stepId + " is a question: it is completed by answering it");
        }
        Instant now = clock.instant();
        StepProgress progress = stepProgress(learnerId, module, stepId, now);
        progress.addTime(seconds);
        progress.markDone(now);
        return completeModuleIfDone(learnerId, module, now);
    }

    /** A single-choice answer (kept for callers that answer a quiz by one choice id). */
    public AnswerOutcome answer(long learnerId, String moduleId, String stepId, String choiceId, String token) {
        return answer(learnerId, moduleId, stepId, new Answer.Choices(choiceId == null ? Set.of() : Set.of(choiceId)), token, 0);
    }

    /**
     * Records an answer once per submission token: the same token again returns the first outcome and
     * changes nothing. An answer that does not fit the step is refused and changes nothing.
     */
    public AnswerOutcome answer(long learnerId, String moduleId, String stepId, Answer answer, String token, long seconds) {
        Module module = module(moduleId);
        Step step = module.step(stepId).orElseThrow(() -> new UnknownContentException("No step " + stepId + " in " + moduleId));
        if (!step.isQuestion()) {
            throw new InvalidAnswerException("Step " + stepId + " is not a question");
        }
        if (token == null || !token.matches(TOKEN_PATTERN)) {
            throw new InvalidAnswerException("Missing or malformed submission token");
        }
        Optional<StepAnswer> already = em.createNamedQuery("StepAnswer.byToken", StepAnswer.class)
                .setParameter("learnerId", learnerId).setParameter("token", token)
                .getResultStream().findFirst();
        if (already.isPresent()) {
            StepAnswer previous = already.get();
            if (!previous.getModuleId().equals(moduleId) || !previous.getStepId().equals(stepId)) {
                throw new InvalidAnswerException("This submission token belongs to another step");
            }
            return new AnswerOutcome(previous.getAnswerText(), previous.isCorrect(), isCompleted(learnerId, moduleId));
        }
        boolean correct = AnswerCheck.isCorrect(step, answer)
                .orElseThrow(() -> new InvalidAnswerException("This answer does not fit step " + stepId));
        String text = Answer.encode(answer, step);
        Instant now = clock.instant();
        em.persist(new StepAnswer(learnerId, moduleId, stepId, token, text, correct, now));
        StepProgress progress = stepProgress(learnerId, module, stepId, now);
        progress.addTime(seconds);
        progress.recordAnswer(correct, now);
        moduleProgress(learnerId, moduleId).ifPresent(p -> p.moveTo(stepId, module.version(), now));
        boolean completed = correct && completeModuleIfDone(learnerId, module, now);
        return new AnswerOutcome(text, correct, completed || isCompleted(learnerId, moduleId));
    }

    /** Every module of the catalogue with the learner's progress, in catalogue order. */
    public List<ModuleSummary> summaries(long learnerId) {
        Map<String, ModuleProgress> progressByModule = em.createNamedQuery("ModuleProgress.ofLearner", ModuleProgress.class)
                .setParameter("learnerId", learnerId).getResultStream()
                .collect(Collectors.toMap(ModuleProgress::getModuleId, Function.identity()));
        Map<String, Map<String, StepProgress>> steps = em.createNamedQuery("StepProgress.ofLearner", StepProgress.class)
                .setParameter("learnerId", learnerId).getResultStream()
                .collect(Collectors.groupingBy(StepProgress::getModuleId,
                        Collectors.toMap(StepProgress::getStepId, Function.identity())));
        Map<String, String> certificateCodes = certificates.codesOf(learnerId);
        List<ModuleSummary> result = new ArrayList<>();
        for (Course course : catalogue.catalogue().courses()) {
            for (Module module : course.modules()) {
                ModuleProgress progress = progressByModule.get(module.id());
                Map<String, StepProgress> own = steps.getOrDefault(module.id(), Map.of());
                Map<String, StepStatus> statuses = own.values().stream()
                        .collect(Collectors.toMap(StepProgress::getStepId, StepProgress::getStatus));
                ModuleStanding standing = ModuleStanding.of(module, statuses);
                String resume = progress != null && module.step(progress.getCurrentStepId()).isPresent()
                        ? progress.getCurrentStepId() : module.firstStep().id();
                StepProgress here = own.get(resume);
                result.add(new ModuleSummary(module, course.title(), standing, resume, module.indexOf(resume) + 1,
                        progress != null && progress.isCompleted(), certificateCodes.get(module.id()),
                        progress == null ? null : progress.getLastActivityAt(),
                        here == null || here.getStatus() != StepStatus.FAILED ? 0 : here.getAttempts()));
            }
        }
        return result;
    }

    public Optional<ModuleSummary> summary(long learnerId, String moduleId) {
        return summaries(learnerId).stream().filter(s -> s.module().id().equals(moduleId)).findFirst();
    }

    /** Walks a module to its end with correct answers: used to seed the demo learner who holds a certificate. */
    public void completeWithCorrectAnswers(long learnerId, String moduleId) {
        Module module = module(moduleId);
        for (Step step : module.steps()) {
            openStep(learnerId, moduleId, step.id());
            if (step.isQuestion()) {
                answer(learnerId, moduleId, step.id(), AnswerCheck.rightAnswer(step), UUID.randomUUID().toString(), 0);
            } else {
                completeExplanation(learnerId, moduleId, step.id());
            }
        }
    }

    private boolean completeModuleIfDone(long learnerId, Module module, Instant now) {
        em.flush();
        ModuleStanding standing = ModuleStanding.of(module, statuses(learnerId, module.id()));
        if (!standing.completionRuleMet()) {
            return false;
        }
        ModuleProgress progress = moduleProgress(learnerId, module.id())
                .orElseThrow(() -> new IllegalStateException("Module finished without being opened"));
        progress.complete(now);
        Course course = catalogue.course(module.courseId()).orElseThrow();
        certificates.issue(learnerId, module, course);
        return true;
    }

    private boolean isCompleted(long learnerId, String moduleId) {
        return moduleProgress(learnerId, moduleId).map(ModuleProgress::isCompleted).orElse(false);
    }

    private Module module(String moduleId) {
        return catalogue.module(moduleId).orElseThrow(() -> new UnknownContentException("No module " + moduleId));
    }

    private Optional<ModuleProgress> moduleProgress(long learnerId, String moduleId) {
        return em.createNamedQuery("ModuleProgress.of", ModuleProgress.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultStream().findFirst();
    }

    private StepProgress stepProgress(long learnerId, Module module, String stepId, Instant now) {
        return em.createNamedQuery("StepProgress.of", StepProgress.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", module.id())
                .setParameter("stepId", stepId)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    StepProgress created = new StepProgress(learnerId, module.id(), stepId, module.version(), now);
                    em.persist(created);
                    return created;
                });
    }

    private Map<String, StepStatus> statuses(long learnerId, String moduleId) {
        return em.createNamedQuery("StepProgress.ofModule", StepProgress.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultStream()
                .collect(Collectors.toMap(StepProgress::getStepId, StepProgress::getStatus));
    }
}

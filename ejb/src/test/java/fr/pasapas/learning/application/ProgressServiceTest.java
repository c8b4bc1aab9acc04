package fr.pasapas.learning.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource;
import fr.pasapas.learning.domain.StepStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The learner's way through a module, on progress rows kept in memory: the rules of {@link ProgressService}
 * without a server or a database (ProgressPersistenceIT checks the same service on the real ones).
 */
class ProgressServiceTest {

    private static final Catalogue CATALOGUE = new ContentLoader(new DirectoryContentSource(
            Path.of(System.getProperty("pasapas.content.dir", "../content")))).load().catalogue();
    private static final Module MODULE = CATALOGUE.modules().stream().filter(m -> m.id().equals("ecran-tactile"))
            .findFirst().orElseThrow();
    private static final long LEARNER = 7;

    private final InMemoryProgress rows = new InMemoryProgress();
    private final ProgressService progress = new ProgressService(learnerId -> rows.locks++, rows.modules(), rows.steps(),
            rows.answers(), new FixedCatalogue(), rows.completions(),
            Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void the_same_form_sent_twice_is_one_answer_and_one_attempt() {
        QuizStep quiz = firstSingleChoiceQuiz();
        String token = UUID.randomUUID().toString();
        String wrong = quiz.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
        progress.openStep(LEARNER, MODULE.id(), quiz.id());

        AnswerOutcome first = progress.answer(LEARNER, MODULE.id(), quiz.id(), wrong, token);
        AnswerOutcome again = progress.answer(LEARNER, MODULE.id(), quiz.id(), wrong, token);

        assertFalse(first.correct());
        assertEquals(first.correct(), again.correct(), "the double tap gets the verdict of the first tap");
        assertEquals(1, rows.answerCount(), "one answer stored");
        assertEquals(1, rows.attempts(LEARNER, quiz.id()), "one attempt counted");
        assertEquals(StepStatus.FAILED, rows.status(LEARNER, quiz.id()));
    }

    @Test
    void every_write_takes_the_learner_lock_first() {
        QuizStep quiz = firstSingleChoiceQuiz();
        progress.openStep(LEARNER, MODULE.id(), quiz.id());
        int afterOpening = rows.locks;
        progress.answer(LEARNER, MODULE.id(), quiz.id(), quiz.choices().get(0).id(), UUID.randomUUID().toString());
        assertEquals(1, afterOpening, "opening a step for the first time inserts rows under the lock");
        assertEquals(2, rows.locks, "an answer is written under the lock");
    }

    @Test
    void the_final_check_stays_closed_until_every_other_step_is_answered() {
        CheckStep check = MODULE.steps().stream().filter(CheckStep.class::isInstance).map(CheckStep.class::cast)
                .findFirst().orElseThrow();
        assertThrows(StepNotOpenException.class, () -> progress.openStep(LEARNER, MODULE.id(), check.id()));
        assertEquals(MODULE.firstStep().id(), progress.reachableStepId(LEARNER, MODULE.id(), check.id()),
                "a forged address of the check leads to the first step to do");
        assertThrows(InvalidAnswerException.class, () -> progress.answer(LEARNER, MODULE.id(), check.id(),
                check.rightAnswer(), UUID.randomUUID().toString(), 0), "a forged answer to the closed check is refused");
        assertEquals(0, rows.answerCount());
    }

    @Test
    void a_module_walked_to_its_end_twice_is_completed_and_announced_once() {
        progress.completeWithCorrectAnswers(LEARNER, MODULE.id());
        progress.completeWithCorrectAnswers(LEARNER, MODULE.id());

        assertEquals(1, rows.completed.size(), "certificates hear of the completion once");
        assertEquals(new ModuleCompleted(LEARNER, MODULE.id(), MODULE.version()), rows.completed.get(0));
        assertTrue(MODULE.steps().stream().allMatch(s -> rows.status(LEARNER, s.id()) == StepStatus.DONE));
    }

    @Test
    void a_right_answer_after_a_wrong_one_passes_the_step_and_a_later_mistake_does_not_undo_it() {
        QuizStep quiz = firstSingleChoiceQuiz();
        String wrong = quiz.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow().id();
        progress.openStep(LEARNER, MODULE.id(), quiz.id());
        progress.answer(LEARNER, MODULE.id(), quiz.id(), wrong, UUID.randomUUID().toString());
        progress.answer(LEARNER, MODULE.id(), quiz.id(), quiz.rightAnswer(), UUID.randomUUID().toString(), 0);
        progress.answer(LEARNER, MODULE.id(), quiz.id(), wrong, UUID.randomUUID().toString());

        assertEquals(StepStatus.DONE, rows.status(LEARNER, quiz.id()));
        assertEquals(3, rows.attempts(LEARNER, quiz.id()));
        assertEquals(Optional.of(quiz.id()), rows.modules().currentStepId(LEARNER, MODULE.id()),
                "the learner resumes where they answered");
    }

    @Test
    void an_answer_to_an_explanation_or_with_a_malformed_token_changes_nothing() {
        Step explanation = MODULE.firstStep();
        QuizStep quiz = firstSingleChoiceQuiz();
        assertThrows(InvalidAnswerException.class, () -> progress.answer(LEARNER, MODULE.id(), explanation.id(),
                quiz.rightAnswer(), UUID.randomUUID().toString(), 0));
        assertThrows(InvalidAnswerException.class, () -> progress.answer(LEARNER, MODULE.id(), quiz.id(),
                quiz.rightAnswer(), "bad token!", 0));
        assertEquals(0, rows.answerCount());
        assertEquals(Optional.empty(), rows.modules().currentStepId(LEARNER, MODULE.id()));
    }

    private static final Module CAF = CATALOGUE.modules().stream().filter(m -> m.id().equals("caf")).findFirst().orElseThrow();
    private static final PracticeStep CAF_PRACTICE = CAF.steps().stream().filter(PracticeStep.class::isInstance)
            .map(PracticeStep.class::cast).findFirst().orElseThrow();

    @Test
    void a_practice_step_is_done_only_with_a_pass_of_its_scenario_in_its_mode_or_a_harder_one() {
        progress.openStep(LEARNER, CAF.id(), CAF_PRACTICE.id());
        assertThrows(InvalidAnswerException.class,
                () -> progress.completePractice(LEARNER, CAF.id(), CAF_PRACTICE.id(), java.util.Set.of()));
        assertEquals(StepStatus.SEEN, rows.status(LEARNER, CAF_PRACTICE.id()), "refused, nothing changed");

        progress.completePractice(LEARNER, CAF.id(), CAF_PRACTICE.id(), java.util.Set.of("alone"));
        assertEquals(StepStatus.DONE, rows.status(LEARNER, CAF_PRACTICE.id()), "alone is harder than guided: it counts");
    }

    @Test
    void a_scenario_passed_counts_for_the_practice_steps_of_started_modules_only() {
        Module code = CATALOGUE.modules().stream().filter(m -> m.id().equals("recevoir-code")).findFirst().orElseThrow();
        PracticeStep alone = code.steps().stream().filter(PracticeStep.class::isInstance).map(PracticeStep.class::cast)
                .findFirst().orElseThrow();
        assertEquals(CAF_PRACTICE.scenario(), alone.scenario(), "both modules practise the CAF login");
        progress.openStep(LEARNER, CAF.id(), CAF.steps().get(0).id());
        progress.openStep(LEARNER, code.id(), code.steps().get(0).id());

        progress.scenarioPassed(LEARNER, CAF_PRACTICE.scenario(), "guided");
        assertEquals(StepStatus.DONE, rows.status(LEARNER, CAF_PRACTICE.id()));
        assertEquals(null, rows.status(LEARNER, alone.id()), "a guided pass does not count where alone is asked");

        progress.scenarioPassed(LEARNER, CAF_PRACTICE.scenario(), "alone");
        assertEquals(StepStatus.DONE, rows.status(LEARNER, alone.id()));
        progress.scenarioPassed(LEARNER + 1, CAF_PRACTICE.scenario(), "alone");
        assertTrue(rows.modules().ofLearners(java.util.List.of(LEARNER + 1)).isEmpty(),
                "a learner who started nothing gets no module row");
    }

    @Test
    void a_module_completed_by_its_check_also_needs_its_practice() {
        assertTrue(CAF.completion() == fr.pasapas.catalogue.domain.Completion.PASS_CHECK);
        java.util.Map<String, StepStatus> checkOnly = new java.util.HashMap<>();
        checkOnly.put(CAF.finalCheck().orElseThrow().id(), StepStatus.DONE);
        assertFalse(fr.pasapas.learning.domain.ModuleStanding.of(CAF, checkOnly).completionRuleMet());
        checkOnly.put(CAF_PRACTICE.id(), StepStatus.DONE);
        assertTrue(fr.pasapas.learning.domain.ModuleStanding.of(CAF, checkOnly).completionRuleMet());
    }

    private static QuizStep firstSingleChoiceQuiz() {
        return MODULE.steps().stream().filter(QuizStep.class::isInstance).map(QuizStep.class::cast)
                .filter(q -> !q.multiple()).findFirst().orElseThrow();
    }

    /** The real catalogue of content/, without the application server. */
    private static final class FixedCatalogue extends CatalogueService {
        @Override
        public Catalogue catalogue() {
            return CATALOGUE;
        }

        @Override
        public Catalogue catalogue(java.util.Locale locale) {
            return CATALOGUE.in(locale);
        }
    }
}

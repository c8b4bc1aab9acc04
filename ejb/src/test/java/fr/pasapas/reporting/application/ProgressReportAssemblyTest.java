package fr.pasapas.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource;
import fr.pasapas.learning.application.ProgressSummaries;
import fr.pasapas.learning.domain.ModuleProgressRecord;
import fr.pasapas.learning.domain.ModuleProgressRepository;
import fr.pasapas.learning.domain.StepProgressRecord;
import fr.pasapas.learning.domain.StepProgressRepository;
import fr.pasapas.learning.domain.StepState;
import fr.pasapas.learning.domain.StepStatus;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.domain.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The trainer's report assembled from progress rows held in memory (no database): the same rules as a
 * learner's own page, learners in the order given, modules in catalogue order, one read of each kind of row
 * for all the learners.
 */
class ProgressReportAssemblyTest {

    private static final Catalogue CATALOGUE = new ContentLoader(new DirectoryContentSource(
            Path.of(System.getProperty("pasapas.content.dir", "../content")))).load().catalogue();
    private static final Module MODULE = CATALOGUE.modules().stream().filter(m -> m.id().equals("ecran-tactile"))
            .findFirst().orElseThrow();
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:15:00Z");

    private static final AuthenticatedAccount JEANNE = learner(1, "Jeanne Martin", "apprenant1");
    private static final AuthenticatedAccount AHMED = learner(2, "Ahmed Benali", "apprenant6");
    private static final AuthenticatedAccount ODETTE = learner(3, "Odette Lefèvre", "apprenant7");

    private final InMemoryProgress rows = new InMemoryProgress();
    private final ProgressSummaries summaries = new ProgressSummaries(rows.moduleRepository(), rows.stepRepository(),
            new FixedCatalogue());

    @Test
    void a_learner_who_read_two_steps_is_on_the_third_with_its_title_and_the_percent_of_steps_done() {
        rows.place(JEANNE, step(2), null);
        rows.step(JEANNE, step(0), StepStatus.DONE, 0);
        rows.step(JEANNE, step(1), StepStatus.DONE, 0);
        rows.step(JEANNE, step(2), StepStatus.SEEN, 0);

        LearnerProgressRow row = rowOf(report(JEANNE), JEANNE);
        assertTrue(row.started());
        assertFalse(row.completed());
        assertEquals(3, row.currentStepNumber());
        assertEquals(MODULE.steps().size(), row.totalSteps());
        assertEquals(MODULE.steps().get(2).title(), row.currentStepTitle());
        assertEquals(2 * 100 / MODULE.steps().size(), row.percent());
        assertEquals(MONDAY, row.lastActivity());
        assertFalse(row.stuck());
    }

    @Test
    void two_wrong_answers_on_the_current_step_mark_the_learner_as_struggling_and_one_does_not() {
        rows.place(AHMED, step(1), null);
        rows.step(AHMED, step(0), StepStatus.DONE, 0);
        rows.step(AHMED, step(1), StepStatus.FAILED, 2);
        rows.place(JEANNE, step(1), null);
        rows.step(JEANNE, step(1), StepStatus.FAILED, 1);

        List<LearnerProgressRow> report = report(AHMED, JEANNE);
        assertTrue(rowOf(report, AHMED).stuck());
        assertEquals(2, rowOf(report, AHMED).failedAttempts());
        assertFalse(rowOf(report, JEANNE).stuck());
        assertEquals(1, rowOf(report, JEANNE).failedAttempts());
    }

    @Test
    void a_learner_who_never_started_has_no_current_step_and_a_completed_module_shows_its_certificate() {
        rows.place(JEANNE, step(MODULE.steps().size() - 1), MONDAY);
        Map<Long, Map<String, String>> codes = Map.of(JEANNE.id(), Map.of(MODULE.id(), "B42B-TAF9-J28U"));

        List<LearnerProgressRow> report = ReportRows.of(List.of(JEANNE, ODETTE), summaries.of(List.of(JEANNE.id(), ODETTE.id())), codes);
        LearnerProgressRow odette = rowOf(report, ODETTE);
        assertFalse(odette.started());
        assertEquals(0, odette.currentStepNumber());
        assertNull(odette.currentStepTitle());
        assertEquals(0, odette.percent());
        LearnerProgressRow jeanne = rowOf(report, JEANNE);
        assertTrue(jeanne.completed());
        assertEquals(100, jeanne.percent(), "a completed module is at 100 % even if its content grew since");
        assertEquals("B42B-TAF9-J28U", jeanne.certificateCode());
    }

    @Test
    void the_report_lists_each_learner_in_the_order_given_with_every_learners_module_in_catalogue_order_and_no_staff_course() {
        List<LearnerProgressRow> report = report(ODETTE, JEANNE, AHMED);
        int modules = CATALOGUE.openTo(false).modules().size();
        assertTrue(modules < CATALOGUE.modules().size(), "the content has a staff course");
        assertEquals(3 * modules, report.size());
        assertEquals(List.of(ODETTE.id(), JEANNE.id(), AHMED.id()),
                report.stream().map(LearnerProgressRow::learnerId).distinct().toList());
        assertEquals(CATALOGUE.openTo(false).modules().stream().map(Module::id).toList(),
                report.subList(0, modules).stream().map(LearnerProgressRow::moduleId).toList());
    }

    @Test
    void many_learners_are_read_in_one_request_per_kind_of_row_and_assembled_as_for_one_learner_alone() {
        rows.place(JEANNE, step(1), null);
        rows.step(JEANNE, step(0), StepStatus.DONE, 0);
        rows.step(AHMED, step(0), StepStatus.FAILED, 3);
        rows.place(AHMED, step(0), null);

        var together = summaries.of(List.of(JEANNE.id(), AHMED.id(), ODETTE.id()));
        assertEquals(1, rows.moduleReads, "module rows of all the learners in one read");
        assertEquals(1, rows.stepReads, "step rows of all the learners in one read");
        assertEquals(summaries.of(JEANNE.id()), together.get(JEANNE.id()));
        assertEquals(summaries.of(AHMED.id()), together.get(AHMED.id()));
    }

    private List<LearnerProgressRow> report(AuthenticatedAccount... learners) {
        List<AuthenticatedAccount> list = List.of(learners);
        return ReportRows.of(list, summaries.of(list.stream().map(AuthenticatedAccount::id).toList()), Map.of());
    }

    private static LearnerProgressRow rowOf(List<LearnerProgressRow> report, AuthenticatedAccount learner) {
        return report.stream().filter(r -> r.learnerId() == learner.id() && r.moduleId().equals(MODULE.id()))
                .findFirst().orElseThrow();
    }

    private static String step(int index) {
        return MODULE.steps().get(index).id();
    }

    private static AuthenticatedAccount learner(long id, String name, String username) {
        return new AuthenticatedAccount(id, username, name, Role.LEARNER, java.util.Set.of(Role.LEARNER), 7, "Centre social", null);
    }

    /** The catalogue as the content folder has it, without the container. */
    private static final class FixedCatalogue extends CatalogueService {
        @Override
        public Catalogue catalogue() {
            return CATALOGUE;
        }
    }

    /** Progress rows in memory, written by the test; counts how often they are read. */
    private static final class InMemoryProgress {

        final List<ModuleProgressRecord> modules = new ArrayList<>();
        final List<StepProgressRecord> steps = new ArrayList<>();
        int moduleReads;
        int stepReads;

        void place(AuthenticatedAccount learner, String currentStepId, Instant completedAt) {
            modules.add(new ModuleProgressRecord(learner.id(), MODULE.id(), currentStepId, MONDAY, completedAt));
        }

        void step(AuthenticatedAccount learner, String stepId, StepStatus status, int attempts) {
            steps.add(new StepProgressRecord(learner.id(), MODULE.id(), stepId, status, attempts));
        }

        ModuleProgressRepository moduleRepository() {
            return new ModuleProgressRepository() {
                @Override
                public List<ModuleProgressRecord> ofLearners(Collection<Long> learnerIds) {
                    moduleReads++;
                    return modules.stream().filter(m -> learnerIds.contains(m.learnerId())).toList();
                }

                @Override
                public void moveTo(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
                    throw readOnly();
                }

                @Override
                public boolean moveToIfPresent(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
                    throw readOnly();
                }

                @Override
                public boolean complete(long learnerId, String moduleId, Instant now) {
                    throw readOnly();
                }

                @Override
                public Optional<String> currentStepId(long learnerId, String moduleId) {
                    throw readOnly();
                }

                @Override
                public boolean isCompleted(long learnerId, String moduleId) {
                    throw readOnly();
                }
            };
        }

        StepProgressRepository stepRepository() {
            return new StepProgressRepository() {
                @Override
                public List<StepProgressRecord> ofLearners(Collection<Long> learnerIds) {
                    stepReads++;
                    return steps.stream().filter(m -> learnerIds.contains(m.learnerId())).toList();
                }

                @Override
                public void ensureStep(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
                    throw readOnly();
                }

                @Override
                public void markDone(long learnerId, String moduleId, String stepId, long seconds, Instant now) {
                    throw readOnly();
                }

                @Override
                public void recordAnswer(long learnerId, String moduleId, String stepId, boolean correct, long seconds, Instant now) {
                    throw readOnly();
                }

                @Override
                public Map<String, StepState> stepStates(long learnerId, String moduleId) {
                    throw readOnly();
                }
            };
        }

        /** The report only reads: a write or a per-module read here would be a bug in what is tested. */
        private static UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("the report reads many learners at once and writes nothing");
        }
    }
}

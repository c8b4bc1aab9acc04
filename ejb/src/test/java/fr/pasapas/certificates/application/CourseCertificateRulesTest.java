package fr.pasapas.certificates.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.CertificateRule;
import fr.pasapas.catalogue.domain.Course;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource;
import fr.pasapas.catalogue.infrastructure.content.LoadResult;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.infrastructure.content.DirectorySandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoad;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The certificate rules of the real courses, read with the sandbox: every learners' course has one, asking for all
 * its modules and for every scenario its modules practise, each scenario named exists, and the staff course has
 * none (certificates attest learners' skills).
 */
class CourseCertificateRulesTest {

    private static final Path CONTENT = Path.of(System.getProperty("pasapas.content.dir", "../content"));

    private static Catalogue catalogue;
    private static Sandbox sandbox;

    @BeforeAll
    static void load() {
        LoadResult result = new ContentLoader(new DirectoryContentSource(CONTENT)).load();
        assertTrue(result.ok(), result::report);
        catalogue = result.catalogue();
        SandboxLoad load = new SandboxLoader(new DirectorySandboxFiles(CONTENT)).load();
        assertTrue(load.ok(), load.problems().toString());
        sandbox = load.sandbox().orElseThrow();
    }

    @Test
    void every_scenario_a_rule_names_exists_in_the_sandbox() {
        List<String> broken = new ArrayList<>();
        for (Course course : catalogue.courses()) {
            for (CertificateRule.Practice practice : course.certificateRule().map(CertificateRule::practices)
                    .orElse(List.of())) {
                if (sandbox.scenario(practice.scenario()).isEmpty()) {
                    broken.add(course.id() + " names no scenario '" + practice.scenario() + "'");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void every_learners_course_asks_for_all_its_modules_and_the_scenarios_they_practise() {
        List<String> missing = new ArrayList<>();
        for (Course course : catalogue.courses().stream().filter(c -> c.openTo(false)).toList()) {
            if (course.certificateRule().isEmpty()) {
                missing.add(course.id() + " has no certificate rule");
                continue;
            }
            CertificateRule rule = course.certificateRule().get();
            if (!rule.modules().equals(course.modules().stream().map(Module::id).toList())) {
                missing.add(course.id() + " does not ask for all its modules in order");
            }
            for (Module module : course.modules()) {
                module.steps().stream().filter(PracticeStep.class::isInstance).map(PracticeStep.class::cast)
                        .filter(step -> rule.practices().stream().noneMatch(p -> p.scenario().equals(step.scenario())
                                && PracticeStep.MODES.indexOf(p.mode()) >= PracticeStep.MODES.indexOf(step.mode())))
                        .forEach(step -> missing.add(course.id() + " does not ask for " + step.scenario()));
                if (!rule.minScores().containsKey(module.id())) {
                    missing.add(course.id() + " asks no final-check score of " + module.id());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void the_staff_course_has_no_certificate() {
        assertTrue(catalogue.courses().stream().filter(c -> !c.openTo(false)).allMatch(c -> c.certificateRule().isEmpty()));
    }

    @Test
    void levels_stay_between_one_and_three_and_every_competence_has_one() {
        for (Course course : catalogue.courses().stream().filter(c -> c.certificateRule().isPresent()).toList()) {
            long competences = course.modules().stream().flatMap(m -> m.competences().stream()).distinct().count();
            assertEquals(competences, course.certificateCompetences().size(), course.id());
            assertTrue(course.certificateCompetences().values().stream().allMatch(l -> l >= 1 && l <= 3), course.id());
        }
        assertEquals(3, catalogue.course("papiers-en-ligne").orElseThrow().certificateCompetences().get("4.2"));
        assertEquals(2, catalogue.course("demarches").orElseThrow().certificateCompetences().get("2.3"));
        assertEquals(1, catalogue.course("bureautique").orElseThrow().certificateCompetences().get("3.1"));
    }
}

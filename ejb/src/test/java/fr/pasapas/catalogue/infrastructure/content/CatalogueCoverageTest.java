package fr.pasapas.catalogue.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.CheckStep;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.OrderStep;
import fr.pasapas.catalogue.domain.QuizStep;
import fr.pasapas.catalogue.domain.Step;
import fr.pasapas.catalogue.domain.TypingStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue covers what digital-inclusion workshops teach, with every kind of step. */
class CatalogueCoverageTest {

    private static Catalogue catalogue;

    @BeforeAll
    static void load() {
        LoadResult result = new ContentLoader(new DirectoryContentSource(Path.of(System.getProperty("pasapas.content.dir")))).load();
        assertTrue(result.ok(), result::report);
        catalogue = result.catalogue();
    }

    @Test
    void the_eight_workshop_courses_are_published_in_order() {
        assertEquals(List.of("decouvrir-appareil", "email", "chercher-internet", "bureautique", "se-proteger",
                "papiers-en-ligne", "demarches", "emploi"),
                catalogue.openTo(false).courses().stream().map(c -> c.id()).toList());
    }

    @Test
    void the_helpers_course_is_published_for_staff_only() {
        assertEquals(List.of("accompagner"), catalogue.courses().stream()
                .filter(c -> !c.openTo(false)).map(c -> c.id()).toList());
        assertEquals(5, catalogue.course("accompagner").orElseThrow().modules().size(), "modules of the staff course");
    }

    @Test
    void there_are_at_least_40_modules_of_5_to_12_steps_13_with_a_practice() {
        assertTrue(catalogue.modules().size() >= 40, "modules: " + catalogue.modules().size());
        for (Module m : catalogue.modules()) {
            int most = m.steps().stream().anyMatch(s -> s instanceof fr.pasapas.catalogue.domain.PracticeStep) ? 13 : 12;
            assertTrue(m.steps().size() >= 5 && m.steps().size() <= most, m.id() + " has " + m.steps().size() + " steps");
        }
    }

    @Test
    void every_module_makes_the_learner_act_at_least_once() {
        for (Module m : catalogue.modules()) {
            assertTrue(m.steps().stream().anyMatch(Step::isQuestion), m.id() + " has no question or exercise");
            assertTrue(m.steps().stream().anyMatch(ExplanationStep.class::isInstance), m.id() + " explains nothing");
            assertTrue(!m.competences().isEmpty(), m.id() + " has no DigComp competence");
        }
    }

    @Test
    void every_kind_of_step_is_used_somewhere() {
        Set<Class<?>> used = catalogue.modules().stream().flatMap(m -> m.steps().stream())
                .map(Object::getClass).collect(Collectors.toSet());
        for (Class<?> type : List.of(ExplanationStep.class, QuizStep.class, HotspotStep.class, OrderStep.class,
                TypingStep.class, CheckStep.class)) {
            assertTrue(used.contains(type), type.getSimpleName() + " is not used by any module");
        }
        assertTrue(catalogue.modules().stream().flatMap(m -> m.steps().stream())
                .anyMatch(s -> s instanceof QuizStep q && q.multiple()), "no multiple-choice question");
    }

    @Test
    void the_first_module_of_the_foundation_is_kept_first() {
        assertEquals("ecran-tactile", catalogue.courses().get(0).modules().get(0).id());
    }
}

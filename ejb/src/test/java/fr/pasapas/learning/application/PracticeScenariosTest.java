package fr.pasapas.learning.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Catalogue;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.infrastructure.content.DirectorySandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoad;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The courses' practice steps and the sandbox's scenarios, read from content/ together: a practice step that
 * names a scenario the sandbox does not have fails the build, as a broken reference inside a module does.
 */
class PracticeScenariosTest {

    private static final Path CONTENT = Path.of(System.getProperty("pasapas.content.dir", "../content"));

    @Test
    void every_practice_step_names_a_scenario_of_the_sandbox() {
        Catalogue catalogue = new ContentLoader(new DirectoryContentSource(CONTENT)).load().catalogue();
        SandboxLoad load = new SandboxLoader(new DirectorySandboxFiles(CONTENT)).load();
        assertTrue(load.ok(), load.problems().toString());
        Sandbox sandbox = load.sandbox().orElseThrow();
        List<String> broken = new ArrayList<>();
        int practices = 0;
        for (Module module : catalogue.modules()) {
            for (PracticeStep step : module.steps().stream().filter(PracticeStep.class::isInstance)
                    .map(PracticeStep.class::cast).toList()) {
                practices++;
                if (sandbox.scenario(step.scenario()).isEmpty()) {
                    broken.add(module.id() + "/" + step.id() + " names no scenario '" + step.scenario() + "'");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(practices >= 7, "the five procedure modules, e-mail and search practise on the sandbox: " + practices);
    }

    @Test
    void the_receive_a_code_module_asks_for_the_webmail_and_site_round_trip_alone() {
        Catalogue catalogue = new ContentLoader(new DirectoryContentSource(CONTENT)).load().catalogue();
        Module code = catalogue.module("recevoir-code").orElseThrow();
        PracticeStep step = code.steps().stream().filter(PracticeStep.class::isInstance).map(PracticeStep.class::cast)
                .findFirst().orElseThrow();
        assertEquals("caf-se-connecter", step.scenario());
        assertEquals("alone", step.mode());
        assertTrue(step.countsPassIn("alone") && !step.countsPassIn("hints") && !step.countsPassIn("guided"));
    }
}

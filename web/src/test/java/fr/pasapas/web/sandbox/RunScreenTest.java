package fr.pasapas.web.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.sandbox.application.RunView;
import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.Run;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.domain.Site;
import fr.pasapas.sandbox.infrastructure.content.DirectorySandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run's screen draws the page as the state gives it: the persona's data in the texts, pre-filled values in inputs. */
class RunScreenTest {

    private static final Sandbox SANDBOX = new SandboxLoader(new DirectorySandboxFiles(
            Path.of(System.getProperty("pasapas.content.dir", "../content")))).load().sandbox().orElseThrow();
    private static final String DTR = "caf-declaration-trimestrielle";

    private static RunScreen screen(Run run) {
        List<Site> sites = run.scenario().sites().stream()
                .map(id -> SANDBOX.site(id).orElseThrow()).toList();
        return new RunScreen(new RunView(1L, run.scenario().id(), run.mode(), run.state(), sites, run.trace().size()),
                Locale.FRENCH);
    }

    private static BlockView block(RunScreen screen, String type) {
        return screen.getBlocks().stream().filter(b -> b.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void a_table_shows_the_persona_s_name_where_the_site_wrote_a_placeholder() {
        Run household = SANDBOX.start(DTR, Mode.GUIDED, 1L).press("mes-ressources").press("declarer-ressources")
                .choose("situation-changee", "non").press("dtr-continuer-situation");
        assertEquals(List.of("Karim FICTIF", "Allocataire"), block(screen(household), "table").rows().get(1));
    }

    @Test
    void a_pre_filled_input_shows_its_value_from_the_state_and_the_form_sends_it_only_when_changed() {
        Run amount = SANDBOX.start(DTR, Mode.GUIDED, 1L).press("mes-ressources").press("declarer-ressources")
                .choose("situation-changee", "non").press("dtr-continuer-situation").press("dtr-continuer-foyer")
                .press("modifier-salaire-mars");
        RunScreen screen = screen(amount);
        BlockView field = screen.getBlocks().stream().filter(b -> "montant-mars".equals(b.id())).findFirst().orElseThrow();
        assertEquals("752,41", field.value());
        assertTrue(field.guided());
        assertEquals(List.of(), RunForm.siteActions(amount.state().screen(), amount.state().values(),
                Map.of("f-montant-mars", "752,41")), "left as it is, nothing is typed");
    }
}

package fr.pasapas.sandbox.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.sandbox.domain.Action;
import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.PageRef;
import fr.pasapas.sandbox.domain.RunState;
import fr.pasapas.sandbox.domain.Sandbox;
import fr.pasapas.sandbox.infrastructure.content.DirectorySandboxFiles;
import fr.pasapas.sandbox.infrastructure.content.SandboxLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sandbox service's rules on in-memory runs: resume by replay, one action per form, own runs only, passing once. */
class SandboxServiceTest {

    static final Sandbox SANDBOX = new SandboxLoader(new DirectorySandboxFiles(
            Path.of(System.getProperty("pasapas.content.dir", "../content")))).load().sandbox().orElseThrow();
    static final String CAF = "caf-se-connecter";
    static final String NIR = "1 84 13 99 999 902";
    static final String PASSWORD = "Yanis-Foot-9";
    private static final long KARIM = 7;
    private static final long OTHER = 8;

    private final InMemoryRuns store = new InMemoryRuns();
    private final SandboxService service = new SandboxService(new SandboxCatalogue(SANDBOX), store, store, store.events(),
            Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC), () -> 2026L);

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private RunView act(long runId, Action action) {
        return service.act(KARIM, runId, action, token());
    }

    /** Plays the CAF login's expected path as Karim, fetching the code in his webmail. */
    static RunView playCafLogin(SandboxService service, long learner, long runId) {
        List<Action> beforeCode = List.of(new Action.Press("mon-compte"), new Action.Press("se-connecter"),
                new Action.Fill("nir", NIR, false), new Action.Fill("mot-de-passe", PASSWORD, false),
                new Action.Press("connexion"), new Action.Press("envoyer-code"), new Action.Open("messagerie"),
                new Action.Press("code-caf"), new Action.Open("caf"));
        RunView view = null;
        for (Action action : beforeCode) {
            view = service.act(learner, runId, action, token());
        }
        String code = view.state().latestCode().orElseThrow();
        service.act(learner, runId, new Action.Fill("code", code, false), token());
        return service.act(learner, runId, new Action.Press("valider-code"), token());
    }

    @Test
    void starting_again_resumes_the_unfinished_run_of_the_same_scenario_and_mode_by_replaying_its_actions() {
        RunView first = service.start(KARIM, CAF, Mode.HINTS);
        act(first.runId(), new Action.Press("mon-compte"));
        act(first.runId(), new Action.Press("se-connecter"));

        RunView resumed = service.start(KARIM, CAF, Mode.HINTS);

        assertEquals(first.runId(), resumed.runId());
        assertEquals(new PageRef("caf", "identification"), resumed.state().page());
        assertEquals(2, resumed.actions());
        assertNotEquals(first.runId(), service.start(KARIM, CAF, Mode.ALONE).runId(), "another mode is another run");
    }

    @Test
    void the_same_form_sent_twice_appends_one_action_and_shows_the_same_screen() {
        long run = service.start(KARIM, CAF, Mode.GUIDED).runId();
        String token = token();
        RunView once = service.act(KARIM, run, new Action.Press("mon-compte"), token);
        RunView twice = service.act(KARIM, run, new Action.Press("mon-compte"), token);

        assertEquals(1, store.actionCount());
        assertEquals(once.state().page(), twice.state().page());
    }

    @Test
    void actions_are_numbered_one_after_the_other_and_undo_and_restart_are_stored_as_actions() {
        long run = service.start(KARIM, CAF, Mode.HINTS).runId();
        act(run, new Action.Press("mon-compte"));
        act(run, new Action.Press("se-connecter"));
        RunView undone = service.undo(KARIM, run, token());
        assertEquals(new PageRef("caf", "choix-connexion"), undone.state().page(), undone.state().page().toString());
        RunView restarted = service.restart(KARIM, run, token());

        assertEquals(SANDBOX.scenario(CAF).orElseThrow().start(), restarted.state().page());
        assertEquals(List.of(1, 2, 3, 4), store.allActions().stream().map(a -> a.getSequenceNo()).toList());
        assertEquals(List.of("press mon-compte", "press se-connecter", "undo", "restart"),
                store.allActions().stream().map(a -> a.getActionText()).toList());
    }

    @Test
    void a_run_of_another_learner_is_refused_and_nothing_is_stored() {
        long othersRun = service.start(OTHER, CAF, Mode.HINTS).runId();

        assertThrows(RunRefusedException.class, () -> act(othersRun, new Action.Press("mon-compte")));
        assertThrows(RunRefusedException.class, () -> service.undo(KARIM, othersRun, token()));
        assertThrows(RunRefusedException.class, () -> service.run(KARIM, othersRun));
        assertThrows(RunRefusedException.class, () -> act(404, new Action.Press("mon-compte")));
        assertEquals(0, store.actionCount());
    }

    @Test
    void a_missing_or_malformed_token_or_an_unknown_scenario_is_refused() {
        long run = service.start(KARIM, CAF, Mode.HINTS).runId();
        assertThrows(RunRefusedException.class, () -> service.act(KARIM, run, new Action.Press("mon-compte"), null));
        assertThrows(RunRefusedException.class, () -> service.act(KARIM, run, new Action.Press("mon-compte"), "short"));
        assertThrows(RunRefusedException.class, () -> act(run, new Action.Fill("nir", "9".repeat(500), false)));
        assertThrows(RunRefusedException.class, () -> service.start(KARIM, "no-such-scenario", Mode.HINTS));
        assertEquals(0, store.actionCount());
    }

    @Test
    void a_real_looking_number_is_stored_without_its_value_and_answered_with_the_reminder() {
        long run = service.start(KARIM, CAF, Mode.HINTS).runId();
        act(run, new Action.Press("mon-compte"));
        act(run, new Action.Press("se-connecter"));
        RunView view = act(run, new Action.Fill("nir", "4970 1000 0000 0063", false));

        assertEquals("fill-real nir", store.allActions().get(2).getActionText());
        assertTrue(view.state().reminder().isPresent());
        assertFalse(store.allActions().stream().anyMatch(a -> a.getActionText().contains("4970")));
    }

    @Test
    void playing_the_caf_login_expected_path_passes_once_fires_scenario_passed_and_closes_the_run() {
        long run = service.start(KARIM, CAF, Mode.GUIDED).runId();
        RunView passed = playCafLogin(service, KARIM, run);

        assertTrue(passed.state().result().orElseThrow().passed(), passed.state().toString());
        assertEquals(List.of(new ScenarioPassed(KARIM, CAF, Mode.GUIDED)), store.passed);
        assertThrows(RunRefusedException.class, () -> act(run, new Action.Press("mon-compte")), "a passed run is over");
        assertNotEquals(run, service.start(KARIM, CAF, Mode.GUIDED).runId(), "starting again is a new run");
        assertEquals(1, store.passed.size());
    }

    @Test
    void the_look_alike_trap_ends_the_run_without_a_pass_and_undo_takes_the_ending_back() {
        long run = service.start(KARIM, "ants-faux-site", Mode.HINTS).runId();
        act(run, new Action.Fill("recherche", "changement adresse carte grise", false));
        act(run, new Action.Press("rechercher"));
        RunView trapped = act(run, new Action.Press("annonce-carte-grise"));

        assertTrue(trapped.state().finished(), trapped.state().page().toString());
        assertFalse(trapped.state().result().orElseThrow().passed());
        assertTrue(store.passed.isEmpty());
        assertNotEquals(run, service.start(KARIM, "ants-faux-site", Mode.HINTS).runId(), "an ended run is not resumed");

        RunView undone = service.undo(KARIM, run, token());
        assertFalse(undone.state().finished());
        assertEquals(null, store.run(run).orElseThrow().getFinishedAt(), "the undo takes the ending back");
    }

    /** A clock the test moves on, as time passes between a learner's requests. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void the_times_the_actions_were_stored_at_decide_whether_a_code_was_typed_in_time_whenever_the_run_is_shown() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-04T10:00:00Z"));
        SandboxService timed = new SandboxService(new SandboxCatalogue(SANDBOX), store, store, store.events(), clock,
                () -> 2026L);
        long run = timed.start(KARIM, CAF, Mode.ALONE).runId();
        for (Action action : List.of(new Action.Press("mon-compte"), new Action.Press("se-connecter"),
                new Action.Fill("nir", NIR, false), new Action.Fill("mot-de-passe", PASSWORD, false),
                new Action.Press("connexion"), new Action.Press("envoyer-code"), new Action.Open("messagerie"),
                new Action.Press("code-caf"), new Action.Open("caf"))) {
            timed.act(KARIM, run, action, token());
        }
        String code = timed.run(KARIM, run).state().latestCode().orElseThrow();
        clock.advance(Duration.ofMinutes(16));
        RunView refused = timed.submit(KARIM, run, List.of(new Action.Fill("code", code, false),
                new Action.Press("valider-code")), token());

        assertEquals(new PageRef("caf", "verification"), refused.state().page());
        assertEquals("Ce code a expiré. Demandez un nouveau code.", refused.state().siteErrors().get("code").fr());
        clock.advance(Duration.ofDays(3));
        assertEquals(refused.state(), timed.run(KARIM, run).state(), "shown days later, the replay says the same");

        for (Action action : List.of(new Action.Press("envoyer-code"), new Action.Open("messagerie"),
                new Action.Press("code-caf"), new Action.Open("caf"))) {
            timed.act(KARIM, run, action, token());
        }
        String fresh = timed.run(KARIM, run).state().latestCode().orElseThrow();
        RunView passed = timed.submit(KARIM, run, List.of(new Action.Fill("code", fresh, false),
                new Action.Press("valider-code")), token());
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), passed.state().result().orElseThrow());
    }
}

package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A code a site sends is valid 15 minutes (REPLICAS.md §1.1): typed later, the site refuses it with its own words,
 * and the learner asks for a new one. Time is the actions' own, so a replay says the same.
 */
class CodeExpiryTest {

    private static final String SCENARIO = "caf-se-connecter";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final Sandbox sandbox = RealContent.sandbox();

    /** Karim asks for the code at T0, reads it in his webmail and comes back to the CAF. */
    private Run backWithTheCode(Mode mode) {
        return sandbox.start(SCENARIO, mode, 2026L).at(T0).press("mon-compte").press("se-connecter")
                .fill("nir", "1 84 13 99 999 902").fill("mot-de-passe", "Yanis-Foot-9").press("connexion")
                .press("envoyer-code").open("messagerie").press("code-caf").open("caf");
    }

    private static Run typeTheCode(Run run) {
        return run.fill("code", run.state().latestCode().orElseThrow()).press("valider-code");
    }

    @Test
    void a_code_typed_within_15_minutes_is_accepted() {
        assertEquals(new PageRef("caf", "tableau-de-bord"),
                typeTheCode(backWithTheCode(Mode.HINTS).later(Duration.ofMinutes(15))).state().page());
    }

    @Test
    void a_code_typed_more_than_15_minutes_after_it_was_sent_is_refused_in_the_site_s_words_and_is_no_mistake() {
        RunState state = typeTheCode(backWithTheCode(Mode.GUIDED).later(Duration.ofMinutes(15).plusSeconds(1))).state();
        assertEquals(new PageRef("caf", "verification"), state.page());
        assertEquals("Ce code a expiré. Demandez un nouveau code.", state.siteErrors().get("code").fr());
        assertEquals(List.of(), state.mistakes(), "the learner was slow, not wrong");
        assertEquals("envoyer-code", state.guidance().orElseThrow().element(), "the guided mode points at a new code");
    }

    @Test
    void after_a_new_code_the_learner_goes_round_the_webmail_again_without_a_mistake_and_passes_alone() {
        Run expired = typeTheCode(backWithTheCode(Mode.ALONE).later(Duration.ofMinutes(20)));
        Run again = expired.later(Duration.ofMinutes(1)).press("envoyer-code").open("messagerie");
        assertEquals(new PageRef("messagerie", "reception"), again.state().page(), "new mail: the webmail shows its inbox");
        again = again.press("code-caf").open("caf");
        String first = expired.state().latestCode().orElseThrow();
        String second = again.state().latestCode().orElseThrow();
        assertNotEquals(first, second);

        RunState done = typeTheCode(again).state();
        assertEquals(new PageRef("caf", "tableau-de-bord"), done.page());
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), done.result().orElseThrow());
    }

    @Test
    void asking_a_new_code_before_typing_the_old_one_is_no_mistake() {
        Run late = backWithTheCode(Mode.HINTS).later(Duration.ofMinutes(30)).press("envoyer-code")
                .open("messagerie").press("code-caf").open("caf");
        RunState done = typeTheCode(late).state();
        assertEquals(RunState.Outcome.REACHED, done.outcome());
        assertEquals(List.of(), done.mistakes());
    }

    @Test
    void the_old_code_stays_refused_once_a_new_one_was_sent() {
        Run expired = typeTheCode(backWithTheCode(Mode.HINTS).later(Duration.ofMinutes(20)));
        String old = expired.state().latestCode().orElseThrow();
        RunState state = expired.press("envoyer-code").fill("code", old).press("valider-code").state();
        assertEquals(new PageRef("caf", "verification"), state.page());
        assertEquals("Ce code n'est pas le bon.", state.siteErrors().get("code").fr());
    }

    @Test
    void a_replay_of_the_stored_actions_and_times_says_the_same_whenever_it_is_played() {
        Run expired = typeTheCode(backWithTheCode(Mode.HINTS).later(Duration.ofMinutes(16)));
        Run resumed = Run.resume(sandbox, expired.scenario(), Mode.HINTS, 2026L, expired.timedTrace());
        assertEquals(expired.state(), resumed.state());
        assertTrue(resumed.state().siteErrors().containsKey("code"));
        assertEquals(T0.plus(Duration.ofMinutes(16)), expired.timedTrace().get(expired.timedTrace().size() - 1).at());
    }

    @Test
    void a_code_already_in_the_scenario_s_mailbox_does_not_expire() {
        Run run = sandbox.start("messagerie-code-spam", Mode.HINTS, 5L);
        RunState state = ExpectedPath.play(sandbox, run.later(Duration.ofHours(2))).state();
        assertEquals(RunState.Outcome.REACHED, state.outcome());
    }
}

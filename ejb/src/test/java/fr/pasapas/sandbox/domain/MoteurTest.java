package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The search engine (REPLICAS.md §8): sponsored results first, the official address to pick, the look-alikes. */
class MoteurTest {

    private final Sandbox sandbox = RealContent.sandbox();

    private Run start(String scenario, Mode mode) {
        return sandbox.start(scenario, mode, 11L);
    }

    private static String feedback(Run run) {
        return run.state().mistakeFeedback().orElseThrow().fr();
    }

    private Run impotsResults(Mode mode) {
        return start("moteur-impots", mode).fill("recherche-impots", "numéro fiscal").press("rechercher-impots")
                .fill("recherche-impots-2", "numéro fiscal perdu").press("rechercher-impots-2");
    }

    @Test
    void each_query_has_its_own_results_page_with_the_sponsored_results_first() {
        Run first = start("moteur-impots", Mode.HINTS).fill("recherche-impots", "numéro fiscal").press("rechercher-impots");
        assertEquals(new PageRef("moteur", "resultats-impots-1"), first.state().page());
        assertEquals(new PageRef("moteur", "resultats-impots-2"), impotsResults(Mode.HINTS).state().page());
        for (String page : List.of("resultats-caf", "resultats-ameli-1", "resultats-ameli-2", "resultats-impots-1",
                "resultats-impots-2", "resultats-france-travail-1", "resultats-france-travail-2")) {
            List<Block> blocks = sandbox.site("moteur").orElseThrow().page(page).orElseThrow().blocks();
            Block firstHeading = blocks.stream().filter(b -> b.type() == BlockType.HEADING).findFirst().orElseThrow();
            assertEquals("Résultats sponsorisés", firstHeading.text().fr(), page);
            Block firstResult = blocks.stream().filter(b -> b.type() == BlockType.LINK).findFirst().orElseThrow();
            assertTrue(firstResult.address().endsWith(".example"), page + ": the first result is an ad, not official");
        }
    }

    @Test
    void the_paid_look_alikes_live_under_the_reserved_example_domain_and_say_they_are_private() {
        for (String id : List.of("carte-sante-europe", "inscription-emploi-rapide")) {
            Site site = sandbox.site(id).orElseThrow();
            assertTrue(site.domain().endsWith(".example"), id);
            assertEquals("Site privé, indépendant de l'administration.", site.look().footer().fr());
        }
    }

    @Test
    void the_forum_before_the_official_help_is_a_listed_mistake_that_undo_takes_back() {
        Run forum = impotsResults(Mode.HINTS).press("resultat-forum-impots");
        assertTrue(feedback(forum).startsWith("Un forum donne des avis de personnes."), feedback(forum));
        assertEquals(List.of(), forum.undo().state().mistakes());

        RunState done = forum.undo().press("resultat-impots-numero-fiscal").state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), done.result().orElseThrow());
    }

    @Test
    void alone_one_wrong_result_still_passes_two_do_not() {
        RunState one = impotsResults(Mode.ALONE).press("resultat-forum-impots").press("resultat-impots-numero-fiscal").state();
        assertTrue(one.result().orElseThrow().passed());
        assertEquals("resultat-forum-impots", ((Action.Press) one.debrief().get(0).action()).element());

        RunState two = impotsResults(Mode.ALONE).press("resultat-forum-impots").press("annonce-numero-fiscal")
                .press("resultat-impots-numero-fiscal").state();
        assertEquals(RunState.Outcome.REACHED, two.outcome());
        assertFalse(two.result().orElseThrow().passed());
        assertTrue(two.debrief().get(1).feedback().fr().startsWith("C'est une publicité pour un service privé."));
    }

    @Test
    void the_sponsored_look_alike_ends_the_run_on_its_paid_site_with_how_to_tell() {
        for (Mode mode : Mode.values()) {
            Run results = start("moteur-ameli", mode).fill("recherche-ameli", "carte santé Espagne")
                    .press("rechercher-ameli");
            RunState trapped = results.press("annonce-carte-sante-1").state();
            assertEquals(RunState.Outcome.ENDED, trapped.outcome(), mode.name());
            assertEquals(new PageRef("carte-sante-europe", "accueil"), trapped.page());
            assertTrue(trapped.ending().orElseThrow().fr().contains("pas « ameli.fr »"), trapped.ending().toString());
            assertFalse(trapped.result().orElseThrow().passed());

            RunState again = results.press("annonce-carte-sante-1").undo()
                    .fill("recherche-ameli-2", "carte européenne d'assurance maladie").press("rechercher-ameli-2")
                    .press("resultat-ameli-ceam").state();
            assertTrue(again.result().orElseThrow().passed(), "after undo, the learner finds ameli.fr");
        }
    }

    @Test
    void the_look_alike_under_the_old_name_pole_emploi_ends_the_france_travail_search() {
        RunState trapped = start("moteur-france-travail", Mode.HINTS).fill("recherche-france-travail", "fin de contrat")
                .press("rechercher-france-travail").fill("recherche-france-travail-2", "inscription France Travail")
                .press("rechercher-france-travail-2").press("annonce-inscription-chomage-2").state();
        assertEquals(RunState.Outcome.ENDED, trapped.outcome());
        assertEquals(new PageRef("inscription-emploi-rapide", "accueil"), trapped.page());
        assertTrue(trapped.ending().orElseThrow().fr().contains("l'ancien nom, Pôle emploi"));
    }

    @Test
    void hiding_the_ads_shows_the_other_results_and_caf_fr_leads_to_the_caf() {
        Run results = start("moteur-caf", Mode.GUIDED).fill("recherche-caf", "attestation caf").press("rechercher-caf");
        Run ad = results.press("annonce-attestation-express");
        assertTrue(feedback(ad).startsWith("C'est une publicité. Ce site n'est pas la CAF."), feedback(ad));
        assertEquals(new PageRef("moteur", "resultats-caf"), ad.state().page(), "the ad leads nowhere here");

        Run hidden = results.press("masquer-annonces-caf");
        assertEquals(new PageRef("moteur", "resultats-caf-sans-annonces"), hidden.state().page());
        assertEquals("resultat-caf", hidden.state().guidance().orElseThrow().element());
        Run onCaf = hidden.press("resultat-caf");
        assertEquals(new PageRef("caf", "accueil"), onCaf.state().page());
        assertEquals("caf.fr", sandbox.site("caf").orElseThrow().domain());
        assertEquals(RunState.Outcome.REACHED, onCaf.press("mon-compte").state().outcome());
    }
}

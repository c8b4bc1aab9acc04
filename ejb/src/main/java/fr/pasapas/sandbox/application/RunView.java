package fr.pasapas.sandbox.application;

import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.Page;
import fr.pasapas.sandbox.domain.RunState;
import fr.pasapas.sandbox.domain.Site;
import java.util.List;

/**
 * A stored run as its learner sees it: what the replay of its actions gives, with the sites it is played on.
 *
 * @param sites   the scenario's sites, in the order of their tabs
 * @param actions how many actions the run holds (undo and restart included)
 */
public record RunView(long runId, String scenarioId, Mode mode, RunState state, List<Site> sites, int actions) {

    public RunView {
        sites = List.copyOf(sites);
    }

    /** The site on screen. */
    public Site site() {
        return sites.stream().filter(site -> site.id().equals(state.page().site())).findFirst().orElseThrow();
    }

    /** The page on screen, as the learner reads it (placeholders filled in: {@link RunState#screen()}). */
    public Page page() {
        return state.screen();
    }
}

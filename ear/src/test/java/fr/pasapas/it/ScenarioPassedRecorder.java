package fr.pasapas.it;

import fr.pasapas.sandbox.application.ScenarioPassed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test observer, deployed in the ejb jar beside the sandbox service: every ScenarioPassed it sees. */
@ApplicationScoped
public class ScenarioPassedRecorder {

    private static final List<ScenarioPassed> SEEN = new CopyOnWriteArrayList<>();

    /** Public: the test class lives in the web archive, another class loader, so package access does not reach. */
    public static List<ScenarioPassed> seen() {
        return List.copyOf(SEEN);
    }

    public void record(@Observes ScenarioPassed passed) {
        SEEN.add(passed);
    }
}

package fr.pasapas.sandbox.application;

import fr.pasapas.people.application.PracticeScenarios;
import fr.pasapas.sandbox.domain.Mode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Answers the people context's question about a scenario to assign, from the sandbox's content. */
@ApplicationScoped
public class AssignableScenarios implements PracticeScenarios {

    @EJB
    private SandboxCatalogue catalogue;

    @Override
    public Optional<String> title(String scenarioId, String mode) {
        boolean known = Arrays.stream(Mode.values()).anyMatch(m -> m.name().toLowerCase(Locale.ROOT).equals(mode));
        if (!known) {
            return Optional.empty();
        }
        return catalogue.scenario(scenarioId).map(scenario -> scenario.title().fr());
    }
}

package fr.pasapas.people.application;

import java.util.Optional;

/**
 * The practice scenarios that can be assigned, as the people context asks about them. People sits below the
 * sandbox and never depends on it: it owns this question, and the sandbox answers it (it implements this
 * interface, a CDI bean). So assigning a scenario is checked in the service, on every path, like a course or a
 * module is checked against the catalogue.
 */
public interface PracticeScenarios {

    /**
     * The scenario's French title when it exists and can be played in this mode ("guided", "hints", "alone");
     * empty otherwise.
     */
    Optional<String> title(String scenarioId, String mode);
}

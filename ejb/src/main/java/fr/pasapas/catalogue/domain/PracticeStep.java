package fr.pasapas.catalogue.domain;

import java.util.List;

/**
 * A practice of a real procedure on the sandbox's replicas, inside a module: a few lines to say what the learner
 * will do, then the scenario, played in {@code mode}. The step is done when the learner passes the scenario in
 * that mode or a harder one (guided &lt; hints &lt; alone), from this step or from the practice page.
 *
 * @param scenario the sandbox scenario's id (content/sandbox/scenarios/ID.scenario.yaml)
 * @param mode     {@code guided}, {@code hints} or {@code alone}: the mode launched and the least one that counts
 */
public record PracticeStep(String id, String title, List<String> paragraphs, String scenario, String mode)
        implements Step {

    /** The modes, from the most helped to the least. */
    public static final List<String> MODES = List.of("guided", "hints", "alone");

    public PracticeStep {
        paragraphs = List.copyOf(paragraphs);
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("unknown practice mode " + mode);
        }
    }

    /** Done by passing a scenario, not by answering here. */
    @Override
    public boolean isQuestion() {
        return false;
    }

    @Override
    public List<String> mediaPaths() {
        return List.of();
    }

    /** Whether passing the scenario in {@code passedMode} is enough for this step. */
    public boolean countsPassIn(String passedMode) {
        return MODES.indexOf(passedMode) >= MODES.indexOf(mode);
    }
}

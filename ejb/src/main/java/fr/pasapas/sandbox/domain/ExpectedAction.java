package fr.pasapas.sandbox.domain;

import java.util.List;

/**
 * One step of a scenario's expected path.
 *
 * @param kind     what the learner does
 * @param target   the block pressed, filled or chosen; for {@link Kind#OPEN}, the site opened (a browser tab)
 * @param value    for a fill or a choice: the value expected, when the site's block does not already say it
 * @param guide    what the guided mode says, beside the highlighted element
 * @param hint     what the hints mode says when asked
 * @param mistakes likely mistakes at this step, each with its feedback
 * @param otherwise the feedback for any other mistake at this step
 */
public record ExpectedAction(Kind kind, String target, String value, Words guide, Words hint,
                             List<Mistake> mistakes, Words otherwise) {

    public ExpectedAction {
        mistakes = mistakes == null ? List.of() : List.copyOf(mistakes);
    }

    public enum Kind { OPEN, FILL, CHOOSE, PRESS }

    /**
     * A likely mistake: pressing or opening {@code target}, or (with a {@code value}) typing that value in
     * {@code target}; e.g. the numéro d'allocataire typed where the numéro de sécurité sociale is asked.
     */
    public record Mistake(Kind kind, String target, String value, Words feedback) {
    }

    public boolean isInput() {
        return kind == Kind.FILL || kind == Kind.CHOOSE;
    }
}

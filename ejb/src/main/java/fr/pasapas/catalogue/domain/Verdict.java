package fr.pasapas.catalogue.domain;

import java.util.List;

/**
 * What a step says about one answer: right or wrong, the answer as the learner should read it back, and the
 * explanations to show (the content's feedback on the parts chosen, and what is still wrong).
 *
 * @param answer   what the learner answered, e.g. the chosen choices, or the score of a final check
 * @param messages the explanations, in the order shown
 */
public record Verdict(boolean correct, Text answer, List<Text> messages) {

    public Verdict {
        messages = List.copyOf(messages);
    }
}

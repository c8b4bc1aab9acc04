package fr.pasapas.learning.domain;

import java.util.List;

/**
 * A short explanation with an image. {@code paragraphs} holds the text, one short sentence or idea each
 * (FALC: each sentence starts a new line).
 */
public record ExplanationStep(String id, String title, List<String> paragraphs, Image image) implements Step {

    public ExplanationStep {
        paragraphs = List.copyOf(paragraphs);
    }
}

package fr.pasapas.catalogue.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A short explanation with an image. {@code paragraphs} holds the text, one short sentence or idea each
 * (FALC: each sentence starts a new line).
 *
 * @param audio optional recorded audio, path relative to the course folder (e.g. {@code audio/toucher.mp3});
 *              null when there is none
 */
public record ExplanationStep(String id, String title, List<String> paragraphs, Image image, String audio)
        implements Step {

    public ExplanationStep {
        paragraphs = List.copyOf(paragraphs);
    }

    /** An explanation without recorded audio. */
    public ExplanationStep(String id, String title, List<String> paragraphs, Image image) {
        this(id, title, paragraphs, image, null);
    }

    /** An explanation is read, not answered. */
    @Override
    public boolean isQuestion() {
        return false;
    }

    /** Its picture, then its recorded audio when there is one. */
    @Override
    public List<String> mediaPaths() {
        List<String> paths = new ArrayList<>(Image.paths(image));
        if (audio != null) {
            paths.add(audio);
        }
        return List.copyOf(paths);
    }
}

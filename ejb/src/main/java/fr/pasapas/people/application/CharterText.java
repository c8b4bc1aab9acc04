package fr.pasapas.people.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The charter a learner is asked to accept, or a coordinator edits.
 *
 * @param text     the whole text, one idea a line
 * @param ownText  whether the organisation wrote it (false: the platform's default, version 1)
 * @param since    when this version was saved, null for the default
 */
public record CharterText(int version, String text, boolean ownText, Instant since) implements Serializable {

    /** The lines of the text that say something, one paragraph each. */
    public List<String> paragraphs() {
        return fr.pasapas.people.domain.Charter.paragraphs(text);
    }
}

package fr.pasapas.catalogue.domain;

import java.util.List;

/**
 * A text shown to the learner: either the content's own words (already in the module's language), or a sentence
 * of the interface, named by its key in the web resource bundle, with its arguments.
 */
public sealed interface Text {

    /** Words of the content, shown as they are. */
    record Content(String text) implements Text {
    }

    /** A sentence of the interface, e.g. {@code step.check.score} with the number of right answers and the total. */
    record Message(String key, List<Object> args) implements Text {
        public Message {
            args = List.copyOf(args);
        }
    }

    static Text content(String text) {
        return new Content(text);
    }

    static Text message(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}

package fr.pasapas.catalogue.domain;

/**
 * A hint of a {@link TypingStep}, shown on a wrong answer when it matches.
 *
 * @param kind    CONTAINS: the answer contains {@code text}; MISSING: the answer does not contain {@code text}
 * @param text    what to look for, as written in the content (not stripped: it may be a space)
 * @param message what to tell the learner
 */
public record TypingHint(Kind kind, String text, String message) {

    public enum Kind { CONTAINS, MISSING }
}

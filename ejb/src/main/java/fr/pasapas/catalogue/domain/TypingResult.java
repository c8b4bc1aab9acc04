package fr.pasapas.catalogue.domain;

/** The outcome of {@link TypingStep#check(String)}: right or not, and the message to show. */
public record TypingResult(boolean correct, String message) {
}

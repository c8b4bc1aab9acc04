package fr.pasapas.catalogue.domain;

/** One answer of a quiz, with the feedback shown when the learner picks it. */
public record Choice(String id, String text, boolean correct, String feedback) {
}

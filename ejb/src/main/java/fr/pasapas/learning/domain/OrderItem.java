package fr.pasapas.learning.domain;

/** One item of an {@link OrderStep}. */
public record OrderItem(String id, String text) {
}

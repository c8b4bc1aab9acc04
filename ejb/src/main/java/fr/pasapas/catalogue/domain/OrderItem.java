package fr.pasapas.catalogue.domain;

/** One item of an {@link OrderStep}. */
public record OrderItem(String id, String text) {
}

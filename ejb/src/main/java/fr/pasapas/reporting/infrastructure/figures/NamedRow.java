package fr.pasapas.reporting.infrastructure.figures;

/** An organisation or a workshop, by id, with its name and (for a workshop) its organisation. */
public record NamedRow(long id, String name, long organisationId) {
}

package fr.pasapas.reporting.application.figures;

import java.io.Serializable;

/** An organisation whose figures the caller may read. */
public record OrganisationName(long id, String name) implements Serializable {
}

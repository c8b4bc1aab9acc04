package fr.pasapas.people.application;

import java.io.Serializable;

/** An organisation to choose in a list: its id and name. */
public record OrganisationName(long id, String name) implements Serializable {
}

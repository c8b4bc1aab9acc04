package fr.pasapas.people.application;

import java.io.Serializable;

/** A workshop by its name only, e.g. to filter a list of learners by workshop. */
public record GroupName(long id, String name) implements Serializable {
}

package fr.pasapas.people.application;

import java.io.Serializable;

/** Where a learner stands with their organisation's charter. */
public record CharterStatus(long organisationId, int currentVersion, boolean accepted) implements Serializable {
}

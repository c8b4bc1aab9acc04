package fr.pasapas.people.application;

import java.io.Serializable;

/** A learner as the staff's account list shows them. */
public record LearnerSummary(long id, String displayName, String username, boolean locked, boolean deactivated)
        implements Serializable {
}

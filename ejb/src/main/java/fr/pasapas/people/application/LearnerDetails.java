package fr.pasapas.people.application;

import fr.pasapas.people.domain.LearnerProfile;
import java.io.Serializable;

/** A learner as the staff's edit form shows them. */
public record LearnerDetails(long id, String username, LearnerProfile profile, boolean deactivated) implements Serializable {
}

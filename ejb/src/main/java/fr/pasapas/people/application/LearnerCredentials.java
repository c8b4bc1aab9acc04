package fr.pasapas.people.application;

import java.io.Serializable;

/**
 * What to give a learner once: their username and PIN in clear. The PIN is stored only hashed and shown
 * only this time; {@link #toString()} leaves it out so that it never reaches a log.
 */
public record LearnerCredentials(long learnerId, String displayName, String username, String pin) implements Serializable {

    @Override
    public String toString() {
        return "LearnerCredentials[learnerId=" + learnerId + ", username=" + username + ", pin=****]";
    }
}

package fr.pasapas.people.domain;

/** What an account may do. Names are the Jakarta Security group names. */
public enum Role {
    LEARNER, TRAINER, PARTNER, ADMIN;

    /** Learners log in with a short PIN; staff with a real password. */
    public boolean usesPin() {
        return this == LEARNER;
    }
}

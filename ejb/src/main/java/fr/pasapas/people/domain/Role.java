package fr.pasapas.people.domain;

/** What an account may do. Names are the Jakarta Security group names. */
public enum Role {
    LEARNER, TRAINER, PARTNER, ADMIN;

    /** The roles of an organisation's staff, which a coordinator gives: trainer and coordinator (PARTNER). */
    public static final java.util.Set<Role> ORGANISATION_STAFF = java.util.EnumSet.of(TRAINER, PARTNER);

    /** Learners log in with a short PIN; staff with a real password. */
    public boolean usesPin() {
        return this == LEARNER;
    }
}

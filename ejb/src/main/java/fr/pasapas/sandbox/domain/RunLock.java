package fr.pasapas.sandbox.domain;

/**
 * One learner's sandbox writes, one after the other (the same idea as the learning context's lock, on the
 * same account row): starting a run, or appending to one, first takes the learner's lock, so two tabs, a double
 * tap or a resent form are written in turn, each action gets the next number, and a form token is found
 * before it could be stored twice. Nothing is retried; other learners are not held up.
 */
public interface RunLock {

    /** Holds the learner's lock until the end of the transaction. */
    void lock(long learnerId);
}

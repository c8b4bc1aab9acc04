package fr.pasapas.people.application;

/**
 * One learner's writes, one after the other, whatever the context that writes (progress, help requests,
 * sandbox runs). Writes are conflict-free by design: each writing use case first takes the learner's lock, so
 * one learner's requests (two tabs, a double tap, a tablet that resends) are written in turn and a row is
 * inserted only if absent, never twice. The repositories then change rows with single statements on the
 * database's current values ("current step", attempts + 1, the next action number): no version-checked
 * read-modify-write, so nothing fails with a stale version and nothing is retried. Other learners are not
 * held up.
 */
public interface LearnerLock {

    /** Holds the learner's lock until the end of the transaction. */
    void lock(long learnerId);
}

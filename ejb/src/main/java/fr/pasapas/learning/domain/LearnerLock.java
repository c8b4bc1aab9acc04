package fr.pasapas.learning.domain;

/**
 * One learner's writes, one after the other. Progress rows are written without conflicts by design: each
 * writing use case first takes the learner's lock, so one learner's requests (two tabs, a double tap, a
 * tablet that resends) are written in turn and a row is inserted only if absent, never twice. The
 * repositories then change rows with single statements on the database's current values ("current step",
 * attempts + 1, time + n): no version-checked read-modify-write, so nothing fails with a stale version and
 * nothing is retried. Other learners are not held up.
 */
public interface LearnerLock {

    /** Holds the learner's lock until the end of the transaction. */
    void lock(long learnerId);
}

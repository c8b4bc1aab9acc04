package fr.pasapas.sandbox.domain;

import java.time.Instant;

/**
 * A practice run row the figures for funders count was just written: fired by the repository in the transaction
 * that wrote it (the reporting context observes it to keep its summary of each learner's months; an observer that
 * fails rolls the write back).
 *
 * @param at when the run started ({@link What#STARTED}), finished ({@link What#FINISHED}), or when the ending
 *           that a reopening takes back had happened ({@link What#REOPENED})
 */
public record PracticeRecorded(long learnerId, What what, Instant at) {

    public enum What {
        STARTED,
        FINISHED,
        /** A finished run is unfinished again: its finishing no longer counts. */
        REOPENED
    }
}

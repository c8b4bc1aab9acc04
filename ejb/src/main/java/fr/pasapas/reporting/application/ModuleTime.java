package fr.pasapas.reporting.application;

import java.io.Serializable;
import java.time.Instant;

/** A module a learner started: when, whether completed, and the time spent on its steps. */
public record ModuleTime(String moduleId, String title, Instant startedAt, Instant completedAt, int stepNumber,
                         int totalSteps, long secondsSpent) implements Serializable {

    public boolean completed() {
        return completedAt != null;
    }

    /** Whole minutes, rounded up: a minute spent shows as 1, not 0. */
    public long minutesSpent() {
        return (secondsSpent + 59) / 60;
    }
}

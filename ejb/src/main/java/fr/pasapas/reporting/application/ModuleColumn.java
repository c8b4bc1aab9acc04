package fr.pasapas.reporting.application;

import java.io.Serializable;

/**
 * A module of the matrix and its totals over every learner of the scope (not only the page shown).
 *
 * @param learners the learners of the scope, the base of the percentages
 */
public record ModuleColumn(String moduleId, String title, int steps, long learners, long done, long inProgress)
        implements Serializable {

    public long notStarted() {
        return Math.max(0, learners - done - inProgress);
    }

    public int donePercent() {
        return percent(done);
    }

    public int inProgressPercent() {
        return percent(inProgress);
    }

    public int notStartedPercent() {
        return percent(notStarted());
    }

    private int percent(long count) {
        return learners == 0 ? 0 : (int) Math.round(100.0 * count / learners);
    }
}

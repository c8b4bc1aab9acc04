package fr.pasapas.reporting.application;

import java.time.Duration;
import java.time.Instant;

/**
 * When a learner has given up on a step, as the dashboards count it: the step is their current step in a module
 * they have not completed, and they have done nothing in that module for {@link #QUIET_DAYS} days. A learner
 * who comes back stops counting; a completed module never counts.
 */
public final class Abandon {

    /** Days without any activity in the module after which its current step counts as abandoned. */
    public static final int QUIET_DAYS = 7;

    private Abandon() {
    }

    /** Last activities strictly before this instant count as abandoned at {@code now}. */
    public static Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(QUIET_DAYS));
    }

    public static boolean abandoned(boolean completed, Instant lastActivity, Instant now) {
        return !completed && lastActivity != null && lastActivity.isBefore(cutoff(now));
    }
}

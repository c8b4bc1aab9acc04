package fr.pasapas.reporting.application.figures;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What funders count, for one organisation (or all) and one month (or a whole range).
 *
 * @param enrolled         learner accounts created
 * @param active           learners who answered a step, opened or finished a step, or started a practice run
 *                         (each learner once, see {@code FundersFigures})
 * @param modulesCompleted modules completed
 * @param practiceRuns     practice runs in the sandbox that were finished
 * @param certificates     certificates issued and not revoked
 * @param seconds          time spent on steps
 */
public record Counts(long enrolled, long active, long modulesCompleted, long practiceRuns, long certificates,
                     long seconds) implements Serializable {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    /** Hours spent, to one decimal. */
    public BigDecimal hours() {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    /** The sum of two counts: right for every figure when their learners are different people. */
    public Counts plus(Counts other) {
        return new Counts(enrolled + other.enrolled, active + other.active, modulesCompleted + other.modulesCompleted,
                practiceRuns + other.practiceRuns, certificates + other.certificates, seconds + other.seconds);
    }

    /** These counts with another number of active learners (counted once over a range). */
    public Counts withActive(long learners) {
        return new Counts(enrolled, learners, modulesCompleted, practiceRuns, certificates, seconds);
    }

    public boolean isEmpty() {
        return equals(ZERO);
    }
}

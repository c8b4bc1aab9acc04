package fr.pasapas.learning.domain;

import java.util.Collection;
import java.util.List;

/** Reads learners' step rows, many learners in one query. */
public interface StepProgressRepository {

    /** The step rows of these learners (none for an empty collection), in one query. */
    List<StepProgressRecord> ofLearners(Collection<Long> learnerIds);
}

package fr.pasapas.learning.domain;

import java.util.Collection;
import java.util.List;

/** Reads learners' places in modules, many learners in one query. */
public interface ModuleProgressRepository {

    /** The module rows of these learners (none for an empty collection), in one query. */
    List<ModuleProgressRecord> ofLearners(Collection<Long> learnerIds);
}

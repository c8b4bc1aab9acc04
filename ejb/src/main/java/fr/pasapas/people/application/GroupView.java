package fr.pasapas.people.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A workshop as its trainers see it: plain values, kept by a page between requests. */
public record GroupView(long id, String name, String trainerName, Set<Long> learnerIds, List<Assigned> assignments)
        implements Serializable {

    public GroupView {
        learnerIds = Set.copyOf(learnerIds);
        assignments = List.copyOf(assignments);
    }

    /** A module assigned to the workshop. */
    public record Assigned(String moduleId, LocalDate dueDate) implements Serializable {
    }
}

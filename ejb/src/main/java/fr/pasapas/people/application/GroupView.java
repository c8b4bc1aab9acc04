package fr.pasapas.people.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A workshop as its trainers see it. */
public record GroupView(long id, String name, String trainerName, Set<Long> learnerIds, List<Assigned> assignments) {

    /** A module assigned to the workshop. */
    public record Assigned(String moduleId, LocalDate dueDate) {
    }
}

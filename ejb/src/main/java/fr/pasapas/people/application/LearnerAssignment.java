package fr.pasapas.people.application;

import java.time.LocalDate;

/** A module assigned to a learner through one of their workshops. */
public record LearnerAssignment(String moduleId, LocalDate dueDate, String groupName) {
}

package fr.pasapas.people.application;

import java.time.LocalDate;

/**
 * A module a learner was asked to do, alone or through one of their workshops, or as part of a course.
 *
 * @param groupName the workshop it came through, or null when it was asked of the learner alone
 */
public record LearnerAssignment(String moduleId, LocalDate dueDate, String groupName) {
}

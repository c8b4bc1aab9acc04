package fr.pasapas.people.application;

import java.time.LocalDate;

/**
 * A practice scenario a learner was asked to play in a mode.
 *
 * @param groupName the workshop it came through, or null when it was asked of the learner alone
 */
public record ScenarioAssignment(String scenarioId, String mode, LocalDate dueDate, String groupName) {
}

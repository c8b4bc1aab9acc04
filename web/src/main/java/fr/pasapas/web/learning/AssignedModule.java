package fr.pasapas.web.learning;

import fr.pasapas.learning.application.ModuleSummary;
import java.time.LocalDate;

/**
 * A module staff asked of the learner, with the learner's progress and the date to finish it by.
 *
 * @param groupName the workshop it came through, or null when it was asked of the learner alone
 */
public record AssignedModule(ModuleSummary summary, LocalDate dueDate, String dueText, String groupName) {
}

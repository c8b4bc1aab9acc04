package fr.pasapas.web.learning;

import fr.pasapas.learning.application.ModuleSummary;
import java.time.LocalDate;

/** A module the trainer assigned, with the learner's progress and the date to finish it by. */
public record AssignedModule(ModuleSummary summary, LocalDate dueDate, String dueText, String groupName) {
}

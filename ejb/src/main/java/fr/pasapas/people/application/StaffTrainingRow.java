package fr.pasapas.people.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A member of staff, what they were asked to follow and how far they have gone in the staff courses.
 *
 * @param modulesDone  modules of the staff courses they completed
 * @param modulesTotal modules of the staff courses
 */
public record StaffTrainingRow(long staffId, String displayName, List<Asked> asked, int modulesDone,
                               int modulesTotal) implements Serializable {

    /** A training asked of the member, with its optional due date. */
    public record Asked(long assignmentId, String title, LocalDate dueDate) implements Serializable {
    }
}

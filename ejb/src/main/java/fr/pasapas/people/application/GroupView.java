package fr.pasapas.people.application;

import fr.pasapas.people.domain.AssignedItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A workshop as its trainers see it: plain values, kept by a page between requests.
 *
 * @param trainers          who lead it, the creator first while they do
 * @param assignments       what was asked of the whole workshop
 * @param memberAssignments what was asked of one of its members alone (from this workshop or another)
 */
public record GroupView(long id, String name, List<Person> trainers, Set<Long> learnerIds, List<Assigned> assignments,
                        List<Assigned> memberAssignments) implements Serializable {

    public GroupView {
        trainers = List.copyOf(trainers);
        learnerIds = Set.copyOf(learnerIds);
        assignments = List.copyOf(assignments);
        memberAssignments = List.copyOf(memberAssignments);
    }

    /** The trainers' names, joined for a sentence. */
    public String trainerNames() {
        return String.join(", ", trainers.stream().map(Person::name).toList());
    }

    public record Person(long id, String name) implements Serializable {
    }

    /**
     * An assignment.
     *
     * @param learnerId the learner it was asked of, or null when it was asked of the whole workshop
     */
    public record Assigned(long id, Long learnerId, AssignedItem item, LocalDate dueDate) implements Serializable {
    }
}

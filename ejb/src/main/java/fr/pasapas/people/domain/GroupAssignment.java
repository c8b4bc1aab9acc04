package fr.pasapas.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A module a trainer assigned to a workshop, with an optional due date. */
@Entity
@Table(name = "group_assignment")
@NamedQuery(name = "GroupAssignment.ofGroups",
        query = "select a from GroupAssignment a where a.groupId in :groupIds order by a.assignedAt")
@NamedQuery(name = "GroupAssignment.of",
        query = "select a from GroupAssignment a where a.groupId = :groupId and a.moduleId = :moduleId")
public class GroupAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "module_id", nullable = false, length = 80)
    private String moduleId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected GroupAssignment() {
    }

    public GroupAssignment(long groupId, String moduleId, LocalDate dueDate, Instant assignedAt) {
        this.groupId = groupId;
        this.moduleId = moduleId;
        this.dueDate = dueDate;
        this.assignedAt = assignedAt;
    }

    public void changeDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public long getGroupId() {
        return groupId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}

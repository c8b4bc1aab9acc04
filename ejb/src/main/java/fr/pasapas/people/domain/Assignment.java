package fr.pasapas.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something staff asked of a workshop (all its members) or of one account: a course, a module or a practice
 * scenario in a mode, with an optional due date. One per target and item: assigning again changes the date.
 */
@Entity
@Table(name = "assignment")
@NamedQuery(name = "Assignment.of",
        query = "select a from Assignment a where a.target = :target and a.itemKind = :kind and a.itemId = :itemId"
                + " and a.practiceMode = :mode")
@NamedQuery(name = "Assignment.ofGroups",
        query = "select a from Assignment a where a.groupId in :groupIds order by a.assignedAt, a.id")
@NamedQuery(name = "Assignment.ofAccounts",
        query = "select a from Assignment a where a.accountId in :accountIds order by a.assignedAt, a.id")
@NamedQuery(name = "Assignment.reaching",
        query = "select a from Assignment a where a.accountId = :accountId or a.groupId in"
                + " (select g.id from WorkshopGroup g where :accountId member of g.learnerIds) order by a.assignedAt, a.id")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "account_id")
    private Long accountId;

    /** The target as text, for the unique key: NULLs never collide in one. */
    @Column(nullable = false, length = 40)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 10)
    private ItemKind itemKind;

    @Column(name = "item_id", nullable = false, length = AssignedItem.MAX_ID)
    private String itemId;

    @Column(name = "practice_mode", nullable = false, length = 10)
    private String practiceMode;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected Assignment() {
    }

    private Assignment(long organisationId, Long groupId, Long accountId, AssignedItem item, LocalDate dueDate,
                       Instant assignedAt) {
        this.organisationId = organisationId;
        this.groupId = groupId;
        this.accountId = accountId;
        this.target = target(groupId, accountId);
        this.itemKind = item.kind();
        this.itemId = item.id();
        this.practiceMode = item.mode();
        this.dueDate = dueDate;
        this.assignedAt = assignedAt;
    }

    public static Assignment toWorkshop(long organisationId, long groupId, AssignedItem item, LocalDate dueDate, Instant now) {
        return new Assignment(organisationId, groupId, null, item, dueDate, now);
    }

    public static Assignment toAccount(long organisationId, long accountId, AssignedItem item, LocalDate dueDate, Instant now) {
        return new Assignment(organisationId, null, accountId, item, dueDate, now);
    }

    /** The unique key's text of a target: a workshop when {@code groupId} is set, else an account. */
    public static String target(Long groupId, Long accountId) {
        return groupId != null ? "workshop:" + groupId : "account:" + accountId;
    }

    public void changeDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    /** The workshop, or null when the target is one account. */
    public Long getGroupId() {
        return groupId;
    }

    /** The account, or null when the target is a workshop. */
    public Long getAccountId() {
        return accountId;
    }

    public AssignedItem getItem() {
        return new AssignedItem(itemKind, itemId, practiceMode);
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}

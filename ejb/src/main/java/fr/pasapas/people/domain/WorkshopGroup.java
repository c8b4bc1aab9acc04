package fr.pasapas.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A workshop: a trainer and the learners who follow it together, in one organisation. */
@Entity
@Table(name = "workshop_group")
@NamedQuery(name = "WorkshopGroup.ofOrganisationWithMembers",
        query = "select distinct g from WorkshopGroup g left join fetch g.learnerIds where g.organisationId = :organisationId order by g.name")
@NamedQuery(name = "WorkshopGroup.byName",
        query = "select g from WorkshopGroup g where g.organisationId = :organisationId and g.name = :name")
@NamedQuery(name = "WorkshopGroup.ofLearner",
        query = "select g from WorkshopGroup g where :learnerId member of g.learnerIds")
public class WorkshopGroup {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @ElementCollection
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "learner_id")
    private Set<Long> learnerIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WorkshopGroup() {
    }

    public WorkshopGroup(long organisationId, long trainerId, String name, Instant createdAt) {
        this.organisationId = organisationId;
        this.trainerId = trainerId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public void replaceMembers(Set<Long> learners) {
        learnerIds.clear();
        learnerIds.addAll(learners);
    }

    /** Adds learners to the members (those already in stay once). */
    public void addMembers(java.util.Collection<Long> learners) {
        learnerIds.addAll(learners);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getTrainerId() {
        return trainerId;
    }

    public String getName() {
        return name;
    }

    public Set<Long> getLearnerIds() {
        return Set.copyOf(learnerIds);
    }
}

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A workshop: the trainers who lead it (the creator first) and the learners who follow it together, in one
 * organisation. A learner may follow several workshops.
 */
@Entity
@Table(name = "workshop_group")
@NamedQuery(name = "WorkshopGroup.ofOrganisationWithMembers",
        query = "select distinct g from WorkshopGroup g left join fetch g.learnerIds where g.organisationId = :organisationId order by g.name")
@NamedQuery(name = "WorkshopGroup.byName",
        query = "select g from WorkshopGroup g where g.organisationId = :organisationId and g.name = :name")
@NamedQuery(name = "WorkshopGroup.ofLearner",
        query = "select g from WorkshopGroup g where :learnerId member of g.learnerIds")
@NamedQuery(name = "WorkshopGroup.trainersOf",
        query = "select g.id, t from WorkshopGroup g join g.trainerIds t where g.id in :groupIds order by g.id, index(t)")
public class WorkshopGroup {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    /** Who created the workshop; never changes (the trainers who lead it are {@link #trainerIds}). */
    @Column(name = "trainer_id", nullable = false)
    private long createdBy;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @ElementCollection
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "learner_id")
    private Set<Long> learnerIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "workshop_trainer", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @Column(name = "trainer_id")
    private List<Long> trainerIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WorkshopGroup() {
    }

    /** A new workshop led by its creator. */
    public WorkshopGroup(long organisationId, long creatorId, String name, Instant createdAt) {
        this.organisationId = organisationId;
        this.createdBy = creatorId;
        this.trainerIds.add(creatorId);
        this.name = name;
        this.createdAt = createdAt;
    }

    public void rename(String name) {
        this.name = name;
    }

    /**
     * The trainers become exactly these, in this order after those who stay (who keep their place, so the
     * creator stays first while they lead it). A workshop always has a trainer.
     */
    public void replaceTrainers(Set<Long> trainers) {
        if (trainers.isEmpty()) {
            throw new IllegalArgumentException("A workshop needs a trainer");
        }
        trainerIds.retainAll(trainers);
        trainers.stream().filter(t -> !trainerIds.contains(t)).sorted().forEach(trainerIds::add);
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

    public long getCreatedBy() {
        return createdBy;
    }

    /** The trainers who lead the workshop, the creator first while they do. */
    public List<Long> getTrainerIds() {
        return List.copyOf(trainerIds);
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getLearnerIds() {
        return Set.copyOf(learnerIds);
    }
}

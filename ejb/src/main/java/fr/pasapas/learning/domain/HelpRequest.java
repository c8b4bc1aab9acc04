package fr.pasapas.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** "Je suis bloqué": a learner asks for help on one step; a trainer of the organisation resolves it. */
@Entity
@Table(name = "help_request")
@NamedQuery(name = "HelpRequest.openOf",
        query = "select h from HelpRequest h where h.learnerId = :learnerId and h.moduleId = :moduleId and h.stepId = :stepId and h.status = fr.pasapas.learning.domain.HelpRequest.Status.OPEN")
@NamedQuery(name = "HelpRequest.openInOrganisation",
        query = "select h from HelpRequest h where h.organisationId = :organisationId and h.status = fr.pasapas.learning.domain.HelpRequest.Status.OPEN order by h.createdAt")
public class HelpRequest {

    public enum Status { OPEN, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "module_id", nullable = false, length = 80)
    private String moduleId;

    @Column(name = "step_id", nullable = false, length = 80)
    private String stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    /** TRUE while open, NULL once resolved: the unique constraint allows one open request per learner and step. */
    @Column(name = "open_marker")
    private Boolean openMarker;

    @Version
    private long version;

    protected HelpRequest() {
    }

    public HelpRequest(long learnerId, long organisationId, String moduleId, String stepId, Instant now) {
        this.learnerId = learnerId;
        this.organisationId = organisationId;
        this.moduleId = moduleId;
        this.stepId = stepId;
        this.status = Status.OPEN;
        this.openMarker = Boolean.TRUE;
        this.createdAt = now;
    }

    public void resolve(long staffId, Instant now) {
        if (status == Status.OPEN) {
            status = Status.RESOLVED;
            resolvedBy = staffId;
            resolvedAt = now;
            openMarker = null;
        }
    }

    public Long getId() {
        return id;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getStepId() {
        return stepId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package fr.pasapas.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner's place in a module: the step to resume at, and when it was completed. */
@Entity
@Table(name = "module_progress")
@NamedQuery(name = "ModuleProgress.ofLearners",
        query = "select new fr.pasapas.learning.domain.ModuleProgressRecord(p.learnerId, p.moduleId, p.currentStepId,"
                + " p.lastActivityAt, p.completedAt) from ModuleProgress p where p.learnerId in :learnerIds")
public class ModuleProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "module_id", nullable = false, length = 80)
    private String moduleId;

    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @Column(name = "current_step_id", nullable = false, length = 80)
    private String currentStepId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected ModuleProgress() {
    }

    public ModuleProgress(long learnerId, String moduleId, int contentVersion, String firstStepId, Instant now) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.contentVersion = contentVersion;
        this.currentStepId = firstStepId;
        this.startedAt = now;
        this.lastActivityAt = now;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public String getCurrentStepId() {
        return currentStepId;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}

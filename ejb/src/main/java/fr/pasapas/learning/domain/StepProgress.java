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
import java.time.Instant;

/** A learner on one step, keyed by the step's stable id so content edits keep progress. */
@Entity
@Table(name = "step_progress")
@NamedQuery(name = "StepProgress.ofLearners",
        query = "select new fr.pasapas.learning.domain.StepProgressRecord(s.learnerId, s.moduleId, s.stepId, s.status,"
                + " s.attempts) from StepProgress s where s.learnerId in :learnerIds")
public class StepProgress {

    /** A tablet left open on a step does not count as hours of learning. */
    public static final long MAX_SECONDS_PER_VIEW = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "module_id", nullable = false, length = 80)
    private String moduleId;

    @Column(name = "step_id", nullable = false, length = 80)
    private String stepId;

    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "time_spent_seconds", nullable = false)
    private int timeSpentSeconds;

    protected StepProgress() {
    }

    public StepProgress(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.stepId = stepId;
        this.contentVersion = contentVersion;
        this.status = StepStatus.SEEN;
        this.firstSeenAt = now;
    }

    /** The seconds one view adds to the time on a step: at most {@link #MAX_SECONDS_PER_VIEW}, never negative. */
    public static int countedSeconds(long seconds) {
        return (int) Math.max(0, Math.min(seconds, MAX_SECONDS_PER_VIEW));
    }

    public int getTimeSpentSeconds() {
        return timeSpentSeconds;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getStepId() {
        return stepId;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public StepStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }
}

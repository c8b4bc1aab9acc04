package fr.pasapas.sandbox.domain;

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

/**
 * A run as stored: who plays which scenario in which mode, with the seed that fixes the codes the sites send.
 * What the screen shows is never stored: it is replayed from the run's {@link StoredAction}s. The row changes
 * only when the run ends ({@code finishedAt}, {@code outcome}, {@code passed}) or when an ending is undone.
 */
@Entity
@Table(name = "sandbox_run")
@NamedQuery(name = "StoredRun.unfinished", query = "select r from StoredRun r where r.learnerId = :learnerId"
        + " and r.scenarioId = :scenarioId and r.mode = :mode and r.finishedAt is null order by r.id desc")
public class StoredRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "scenario_id", nullable = false, length = 80)
    private String scenarioId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Mode mode;

    @Column(nullable = false)
    private long seed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RunState.Outcome outcome;

    @Column
    private Boolean passed;

    protected StoredRun() {
    }

    public StoredRun(long learnerId, String scenarioId, Mode mode, long seed, Instant startedAt) {
        this.learnerId = learnerId;
        this.scenarioId = scenarioId;
        this.mode = mode;
        this.seed = seed;
        this.startedAt = startedAt;
    }

    public Long getId() {
        return id;
    }

    /** For repositories that give ids themselves (the in-memory one of the tests). */
    public void assignId(long id) {
        this.id = id;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public String getScenarioId() {
        return scenarioId;
    }

    public Mode getMode() {
        return mode;
    }

    public long getSeed() {
        return seed;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public RunState.Outcome getOutcome() {
        return outcome;
    }

    /** Null while the run goes on. */
    public Boolean getPassed() {
        return passed;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }
}

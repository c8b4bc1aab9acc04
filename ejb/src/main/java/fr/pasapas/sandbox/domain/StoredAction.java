package fr.pasapas.sandbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One action of a run, as the learner made it: its place in the run (1, 2, 3…), the form token it came with
 * (the same form sent twice is one action) and the action in its text form ({@link ActionText}). Only ever
 * inserted, never changed: undo and restart are actions too.
 */
@Entity
@Table(name = "sandbox_action")
@NamedQuery(name = "StoredAction.ofRun",
        query = "select a from StoredAction a where a.runId = :runId order by a.sequenceNo")
@NamedQuery(name = "StoredAction.byToken",
        query = "select a from StoredAction a where a.runId = :runId and a.clientToken = :token")
@NamedQuery(name = "StoredAction.last",
        query = "select max(a.sequenceNo) from StoredAction a where a.runId = :runId")
public class StoredAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(name = "client_token", nullable = false, length = 64)
    private String clientToken;

    @Column(name = "action", nullable = false, length = ActionText.MAX_LENGTH)
    private String action;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected StoredAction() {
    }

    public StoredAction(long runId, int sequenceNo, String clientToken, Action action, Instant actedAt) {
        this.runId = runId;
        this.sequenceNo = sequenceNo;
        this.clientToken = clientToken;
        this.action = ActionText.write(action);
        this.actedAt = actedAt;
    }

    public long getRunId() {
        return runId;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public String getClientToken() {
        return clientToken;
    }

    public String getActionText() {
        return action;
    }

    public Action action() {
        return ActionText.read(action);
    }

    public Instant getActedAt() {
        return actedAt;
    }
}

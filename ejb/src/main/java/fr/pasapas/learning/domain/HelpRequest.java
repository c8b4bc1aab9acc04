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

/**
 * "Je suis bloqué": a learner asks for help on one step, with an optional short message; a trainer of the
 * organisation answers in writing (the learner reads it on their next page) and closes it.
 */
@Entity
@Table(name = "help_request")
@NamedQuery(name = "HelpRequest.openOf",
        query = "select h from HelpRequest h where h.learnerId = :learnerId and h.moduleId = :moduleId and h.stepId = :stepId and h.status = fr.pasapas.learning.domain.HelpRequest.Status.OPEN")
@NamedQuery(name = "HelpRequest.inbox",
        query = "select h from HelpRequest h where h.organisationId = :organisationId and h.status <> fr.pasapas.learning.domain.HelpRequest.Status.CLOSED order by h.createdAt")
@NamedQuery(name = "HelpRequest.unreadAnswers",
        query = "select h from HelpRequest h where h.learnerId = :learnerId and h.status = fr.pasapas.learning.domain.HelpRequest.Status.ANSWERED and h.answerSeenAt is null order by h.answeredAt")
@NamedQuery(name = "HelpRequest.markAnswersSeen",
        query = "update HelpRequest h set h.answerSeenAt = :now where h.learnerId = :learnerId and h.id in :ids and h.answerSeenAt is null")
@NamedQuery(name = "HelpRequest.latestAnswered",
        query = "select h from HelpRequest h where h.learnerId = :learnerId and h.moduleId = :moduleId and h.stepId = :stepId and h.answer is not null order by h.answeredAt desc")
public class HelpRequest {

    /** OPEN: waiting for a trainer; ANSWERED: a trainer wrote an answer; CLOSED: dealt with. */
    public enum Status { OPEN, ANSWERED, CLOSED }

    public static final int MAX_MESSAGE = 300;
    public static final int MAX_ANSWER = 1000;

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

    @Column(length = MAX_MESSAGE)
    private String message;

    @Column(length = MAX_ANSWER)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answer_seen_at")
    private Instant answerSeenAt;

    /** TRUE while open, NULL once resolved: the unique constraint allows one open request per learner and step. */
    @Column(name = "open_marker")
    private Boolean openMarker;

    @Version
    private long version;

    protected HelpRequest() {
    }

    public HelpRequest(long learnerId, long organisationId, String moduleId, String stepId, String message, Instant now) {
        this.learnerId = learnerId;
        this.organisationId = organisationId;
        this.moduleId = moduleId;
        this.stepId = stepId;
        this.status = Status.OPEN;
        this.openMarker = Boolean.TRUE;
        this.message = message;
        this.createdAt = now;
    }

    /** A trainer's written answer (a second answer replaces the first, and the learner reads it again). */
    public void answer(long staffId, String text, Instant now) {
        if (status == Status.CLOSED) {
            return;
        }
        status = Status.ANSWERED;
        answer = text;
        answeredBy = staffId;
        answeredAt = now;
        answerSeenAt = null;
        openMarker = null;
    }

    /** Dealt with: off the trainers' list; an answer already written stays readable. */
    public void close(long staffId, Instant now) {
        if (status != Status.CLOSED) {
            status = Status.CLOSED;
            resolvedBy = staffId;
            resolvedAt = now;
            openMarker = null;
        }
    }

    public String getMessage() {
        return message;
    }

    public String getAnswer() {
        return answer;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
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

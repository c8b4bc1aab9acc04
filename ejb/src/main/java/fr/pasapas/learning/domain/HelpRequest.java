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
 * "Je suis bloqué": a learner asks for help on one step, with an optional short message; it is assigned to the
 * trainer of the learner's workshop; a trainer of the organisation answers in writing (the learner reads it on
 * their next page) and closes it. OPEN (waiting) → ANSWERED (answering again replaces the answer) → CLOSED;
 * a closed request can be reopened, back to ANSWERED when it has an answer, else OPEN. docs/help-requests.md
 * says why.
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

    /** When and by whom it was closed (the columns are named resolved_* since V2). */
    @Column(name = "resolved_at")
    private Instant closedAt;

    @Column(name = "resolved_by")
    private Long closedBy;

    /** The trainer who should answer, or null when the learner was in no workshop. */
    @Column(name = "assigned_trainer_id")
    private Long assignedTrainerId;

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
        this(learnerId, organisationId, moduleId, stepId, message, null, now);
    }

    public HelpRequest(long learnerId, long organisationId, String moduleId, String stepId, String message,
                       Long assignedTrainerId, Instant now) {
        this.assignedTrainerId = assignedTrainerId;
        this.learnerId = learnerId;
        this.organisationId = organisationId;
        this.moduleId = moduleId;
        this.stepId = stepId;
        this.status = Status.OPEN;
        this.openMarker = Boolean.TRUE;
        this.message = message;
        this.createdAt = now;
    }

    /**
     * A trainer's written answer: the request becomes ANSWERED; a second answer replaces the first, and the
     * learner reads it again. A closed request takes no answer (reopen it first): returns false, changes nothing.
     */
    public boolean answer(long staffId, String text, Instant now) {
        if (status == Status.CLOSED) {
            return false;
        }
        status = Status.ANSWERED;
        answer = text;
        answeredBy = staffId;
        answeredAt = now;
        answerSeenAt = null;
        openMarker = null;
        return true;
    }

    /** Dealt with: off the trainers' list of waiting requests; an answer already written stays readable. */
    public void close(long staffId, Instant now) {
        if (status != Status.CLOSED) {
            status = Status.CLOSED;
            closedBy = staffId;
            closedAt = now;
            openMarker = null;
        }
    }

    /**
     * Back on the list: ANSWERED when it has an answer, else OPEN (waiting again). A request that is not closed
     * stays as it is.
     */
    public void reopen() {
        if (status == Status.CLOSED) {
            status = answer == null ? Status.OPEN : Status.ANSWERED;
            openMarker = status == Status.OPEN ? Boolean.TRUE : null;
            closedAt = null;
            closedBy = null;
        }
    }

    /** Whether reopening makes it wait again (then no other request of the learner may wait on the same step). */
    public boolean reopensAsWaiting() {
        return status == Status.CLOSED && answer == null;
    }

    public Long getAssignedTrainerId() {
        return assignedTrainerId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedBy() {
        return closedBy;
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

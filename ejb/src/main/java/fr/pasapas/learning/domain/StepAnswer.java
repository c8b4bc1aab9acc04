package fr.pasapas.learning.domain;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.QuestionStep;
import fr.pasapas.catalogue.domain.Verdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One answer to a question. The submission token comes from the form the learner saw: sending the same
 * form twice (double tap, resent POST) finds the first answer instead of recording a second one.
 */
@Entity
@Table(name = "step_answer")
@NamedQuery(name = "StepAnswer.byToken",
        query = "select a from StepAnswer a where a.learnerId = :learnerId and a.submissionToken = :token")
@NamedQuery(name = "StepAnswer.latest",
        query = "select a from StepAnswer a where a.learnerId = :learnerId and a.moduleId = :moduleId and a.stepId = :stepId order by a.answeredAt desc, a.id desc")
public class StepAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "module_id", nullable = false, length = 80)
    private String moduleId;

    @Column(name = "step_id", nullable = false, length = 80)
    private String stepId;

    @Column(name = "submission_token", nullable = false, length = 64)
    private String submissionToken;

    /** The whole answer in its text form ({@link QuestionStep#encode}). */
    @Column(name = "answer_text", length = 500)
    private String answerText;

    @Column(nullable = false)
    private boolean correct;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected StepAnswer() {
    }

    public StepAnswer(long learnerId, String moduleId, String stepId, String submissionToken,
                      String answerText, boolean correct, Instant answeredAt) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.stepId = stepId;
        this.submissionToken = submissionToken;
        this.answerText = answerText;
        this.correct = correct;
        this.answeredAt = answeredAt;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getStepId() {
        return stepId;
    }

    public String getAnswerText() {
        return answerText;
    }

    public boolean isCorrect() {
        return correct;
    }

    /** The answer, as its step reads it back from its stored form. */
    public Answer answerTo(QuestionStep step) {
        return step.decode(getAnswerText());
    }

    /**
     * The verdict stored with the answer, worded by its step: what the learner is shown, never judged again
     * (the content may have changed since).
     */
    public Verdict verdictBy(QuestionStep step) {
        return step.verdict(answerTo(step), correct);
    }
}

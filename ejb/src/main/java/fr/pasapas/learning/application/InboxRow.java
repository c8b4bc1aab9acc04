package fr.pasapas.learning.application;

import fr.pasapas.learning.domain.HelpRequest;
import java.io.Serializable;
import java.time.Instant;

/**
 * A help request as the inbox shows it: who asked, on which step, when, their words, where it stands, who
 * should answer and what was answered.
 *
 * @param stepNumber   the step's place in its module (1-based), or 0 when the content no longer has it
 * @param assigneeName the trainer it is assigned to, or null when the learner was in no workshop
 * @param answer       the answer written, or null
 * @param answeredBy   who wrote it, or null
 */
public record InboxRow(long id, long learnerId, String learnerName, String moduleId, String moduleTitle, String stepId,
                       int stepNumber, int totalSteps, String stepTitle, Instant createdAt, String message,
                       HelpRequest.Status status, String assigneeName, String answer, String answeredBy)
        implements Serializable {

    public boolean waiting() {
        return status == HelpRequest.Status.OPEN;
    }

    public boolean closed() {
        return status == HelpRequest.Status.CLOSED;
    }
}

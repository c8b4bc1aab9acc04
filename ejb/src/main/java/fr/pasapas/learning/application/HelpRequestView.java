package fr.pasapas.learning.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A help request as a trainer sees it: who, which module, which step, the learner's message and the answer.
 *
 * @param message the learner's words, or null
 * @param answer  the answer written, or null while the request waits
 */
public record HelpRequestView(long id, long learnerId, String learnerName, String moduleTitle, int stepNumber,
                              int totalSteps, String stepTitle, Instant createdAt, String message, String answer)
        implements Serializable {

    public boolean answered() {
        return answer != null;
    }
}

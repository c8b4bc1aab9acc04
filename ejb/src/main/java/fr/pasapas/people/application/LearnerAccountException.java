package fr.pasapas.people.application;

import jakarta.ejb.ApplicationException;

/**
 * A learner account change that cannot be made: {@link #messageKey()} names the message shown to the staff
 * member (bundle key), and nothing was changed.
 */
@ApplicationException(rollback = true)
public class LearnerAccountException extends RuntimeException {

    private final String messageKey;

    public LearnerAccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

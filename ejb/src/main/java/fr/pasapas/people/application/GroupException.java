package fr.pasapas.people.application;

import jakarta.ejb.ApplicationException;

/**
 * A workshop change that cannot be made: {@link #messageKey()} names the message shown to the trainer
 * (bundle key), and nothing was changed.
 */
@ApplicationException(rollback = true)
public class GroupException extends RuntimeException {

    private final String messageKey;

    public GroupException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

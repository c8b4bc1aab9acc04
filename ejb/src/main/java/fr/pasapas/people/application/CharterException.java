package fr.pasapas.people.application;

import jakarta.ejb.ApplicationException;

/**
 * A charter change that cannot be made: {@link #messageKey()} names the message shown (bundle key), and nothing
 * was changed.
 */
@ApplicationException(rollback = true)
public class CharterException extends RuntimeException {

    private final String messageKey;

    public CharterException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

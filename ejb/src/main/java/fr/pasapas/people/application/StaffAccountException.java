package fr.pasapas.people.application;

import jakarta.ejb.ApplicationException;

/**
 * A change to an organisation or a staff account that cannot be made: {@link #messageKey()} names the message
 * shown (bundle key), and nothing was changed.
 */
@ApplicationException(rollback = true)
public class StaffAccountException extends RuntimeException {

    private final String messageKey;

    public StaffAccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

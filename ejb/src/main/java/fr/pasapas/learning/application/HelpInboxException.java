package fr.pasapas.learning.application;

import jakarta.ejb.ApplicationException;

/**
 * What the help inbox refuses, with the bundle key of the message to show: an unknown request (another
 * organisation's is unknown too), an answer to a closed request, an unknown workshop. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class HelpInboxException extends RuntimeException {

    private final String messageKey;

    public HelpInboxException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

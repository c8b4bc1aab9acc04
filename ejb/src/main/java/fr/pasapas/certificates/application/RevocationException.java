package fr.pasapas.certificates.application;

import jakarta.ejb.ApplicationException;

/** A revocation refused; the message is a bundle key the page shows. Nothing was changed. */
@ApplicationException(rollback = true)
public class RevocationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RevocationException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}

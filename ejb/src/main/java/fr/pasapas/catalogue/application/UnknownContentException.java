package fr.pasapas.catalogue.application;

import jakarta.ejb.ApplicationException;

/** A module or step id that the catalogue does not have (an old bookmark, a forged URL). */
@ApplicationException(rollback = true)
public class UnknownContentException extends RuntimeException {

    public UnknownContentException(String message) {
        super(message);
    }
}

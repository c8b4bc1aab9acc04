package fr.pasapas.learning.application;

import jakarta.ejb.ApplicationException;

/** An answer that cannot be recorded: no choice, a choice that is not in the question, a bad token. */
@ApplicationException(rollback = true)
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String message) {
        super(message);
    }
}

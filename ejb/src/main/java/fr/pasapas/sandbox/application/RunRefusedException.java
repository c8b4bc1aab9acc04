package fr.pasapas.sandbox.application;

import jakarta.ejb.ApplicationException;

/**
 * A sandbox request that changes nothing: a run that is not the learner's (or does not exist), a run already
 * passed, an unknown scenario, a malformed form token or an action too long to keep.
 */
@ApplicationException(rollback = true)
public class RunRefusedException extends RuntimeException {

    public RunRefusedException(String message) {
        super(message);
    }
}

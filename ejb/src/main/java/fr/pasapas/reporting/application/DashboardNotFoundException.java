package fr.pasapas.reporting.application;

import jakarta.ejb.ApplicationException;

/**
 * A workshop, learner, module or step the caller may not read: unknown, or another organisation's (told apart
 * nowhere, so an id reveals nothing).
 */
@ApplicationException(rollback = true)
public class DashboardNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DashboardNotFoundException() {
        super("Not found");
    }
}

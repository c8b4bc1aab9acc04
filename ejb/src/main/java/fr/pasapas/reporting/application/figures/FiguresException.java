package fr.pasapas.reporting.application.figures;

import jakarta.ejb.ApplicationException;

/**
 * A request for figures that cannot be answered (a month typed wrong, an organisation that is not the caller's):
 * nothing is read, the page shows the message of {@link #key()}.
 */
@ApplicationException(rollback = true)
public class FiguresException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FiguresException(String key) {
        super(key);
    }

    /** The bundle key of the message, e.g. {@code figures.error.month}. */
    public String key() {
        return getMessage();
    }
}

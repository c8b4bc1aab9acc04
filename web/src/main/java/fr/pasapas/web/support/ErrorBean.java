package fr.pasapas.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;

/**
 * The server error page: the learner sees a friendly message with a short id; the log has the same id
 * with the exception, so an adviser can report it and an admin can find it.
 */
@Named
@RequestScoped
public class ErrorBean {

    private static final Logger LOG = Logger.getLogger(ErrorBean.class.getName());

    private String errorId;

    public String getErrorId() {
        if (errorId == null) {
            errorId = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
            Throwable error = Faces.getRequestAttribute(RequestDispatcher.ERROR_EXCEPTION);
            String uri = Faces.getRequestAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            // One line per error, with the id the person sees; the stack trace only at FINE (PASAPAS_LOG_LEVEL=FINE),
            // so that a burst of failing requests cannot flood the log.
            LOG.severe("Error " + errorId + " on " + uri + ": " + summary(error));
            LOG.log(Level.FINE, "Error " + errorId + " in detail", error);
        }
        return errorId;
    }

    /** The chain of causes in one line: "EJBException: … <- SQLException: …". */
    static String summary(Throwable error) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = error; t != null && line.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (line.length() > 0) {
                line.append(" <- ");
            }
            line.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                line.append(": ").append(t.getMessage().replaceAll("\\s+", " "));
            }
        }
        return line.length() == 0 ? "no exception" : line.toString();
    }
}

package fr.pasapas.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers with HTTP 404: the container shows the friendly "page not found" page (web.xml error-page). */
public final class NotFound {

    private NotFound() {
    }

    /** Sends 404 and ends the JSF request; returns null so a view action stays on no outcome. */
    public static String render() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext ec = context.getExternalContext();
        try {
            ec.responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return null;
    }
}

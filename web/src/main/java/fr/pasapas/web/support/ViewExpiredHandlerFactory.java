package fr.pasapas.web.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form sent after its view expired (a tablet left open overnight) goes back to the same page, with a
 * message, instead of an error; the login page appears first when the session is gone too. Other errors
 * go on to the container's error page (web.xml), which logs them with an id.
 */
public class ViewExpiredHandlerFactory extends ExceptionHandlerFactory {

    public ViewExpiredHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable t = events.next().getContext().getException();
                if (t instanceof ViewExpiredException expired) {
                    events.remove();
                    redirectToSamePage(expired);
                    break;
                }
            }
            getWrapped().handle();
        }

        private static void redirectToSamePage(ViewExpiredException expired) {
            FacesContext context = FacesContext.getCurrentInstance();
            ExternalContext ec = context.getExternalContext();
            Messages.flash("error.viewExpired");
            String view = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
            String query = ec.getRequestHeaderMap().getOrDefault("Referer", "");
            int q = query.indexOf('?');
            try {
                ec.redirect(ec.getRequestContextPath() + view + (q >= 0 ? query.substring(q) : ""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}

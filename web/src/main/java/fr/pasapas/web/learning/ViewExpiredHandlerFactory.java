package fr.pasapas.web.learning;

import fr.pasapas.web.support.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
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

        private static final String STEP_VIEW = "/learner/step.xhtml";

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
            String view = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
            if (STEP_VIEW.equals(view) && ec.getRequestParameterMap().containsKey("do")) {
                // A step's own form never needs a view state: whatever came with it, its answer is taken as sent.
                String outcome = CDI.current().select(StepBean.class).get().takeFormAfterExpiredView();
                if (context.getResponseComplete()) {
                    return;
                }
                if (outcome != null) {
                    redirect(context, ec.getRequestContextPath() + outcome.replace("faces-redirect=true&", ""));
                    return;
                }
            }
            Messages.flash("error.viewExpired");
            String query = ((HttpServletRequest) ec.getRequest()).getQueryString();
            if (query == null && ec.getRequestParameterMap().containsKey("module")) {
                query = "module=" + encode(ec.getRequestParameterMap().get("module"))
                        + "&step=" + encode(ec.getRequestParameterMap().getOrDefault("step", ""));
            }
            if (query == null) {
                String referer = ec.getRequestHeaderMap().getOrDefault("Referer", "");
                int q = referer.indexOf('?');
                query = q >= 0 ? referer.substring(q + 1) : null;
            }
            redirect(context, ec.getRequestContextPath() + view + (query == null ? "" : "?" + query));
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }

        private static void redirect(FacesContext context, String url) {
            try {
                context.getExternalContext().redirect(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}

package fr.pasapas.web.learning;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.ViewExpiredExceptionHandler;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A form sent after its view expired (a tablet left open overnight) comes back to the same page with a message,
 * instead of an error; the login page appears first when the session is gone too. OmniFaces'
 * {@link ViewExpiredExceptionHandler} does the generic part: it drops the error and reloads the address the form
 * was sent to. Two things are ours:
 * <ul>
 * <li>a step's answer sent with a broken or stale view state is saved, not lost: the step's form never needs a
 * view state (see {@link StepBean}), so it is taken as sent;</li>
 * <li>a JSF form posts to the bare view (its action has no query string), which is where OmniFaces reloads:
 * the page is reloaded at the address it was shown at instead (its Referer, same view), so that
 * {@code login.xhtml?staff=true} stays the trainers' login and a step stays the same step. (OmniFaces'
 * {@code o:form} posts to the full address, but it adds OmniFaces' script to every page: too heavy for
 * learners.)</li>
 * </ul>
 * Other errors go on to the container's error page (web.xml), which logs them with an id.
 */
public class ViewExpiredHandlerFactory extends ExceptionHandlerFactory {

    public ViewExpiredHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ViewExpiredExceptionHandler {

        private static final String STEP_VIEW = "/learner/step.xhtml";

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        protected void handleSuppressedException(FacesContext context, Throwable expired) {
            if (STEP_VIEW.equals(Faces.getRequestServletPath()) && Faces.getRequestParameter("do") != null) {
                String outcome = CDI.current().select(StepBean.class).get().takeFormAfterExpiredView();
                if (outcome != null && !context.getResponseComplete()) {
                    Faces.redirect(outcome.substring(1).replace("faces-redirect=true&", ""));
                }
                if (context.getResponseComplete()) {
                    return;
                }
            }
            super.handleSuppressedException(context, expired);
            Messages.addFlashGlobalInfo("error.viewExpired");
            String shownAt = addressShownAt();
            if (shownAt != null) {
                Faces.redirect(shownAt);
            }
        }

        /** The address with query string of the page a form was sent from, when the form's own address has none. */
        private static String addressShownAt() {
            String uri = Faces.getRequestURI();
            String referrer = Faces.getReferrer();
            int query = referrer == null ? -1 : referrer.indexOf('?');
            if (Faces.getRequestQueryString() != null || query < 0 || !referrer.substring(0, query).endsWith(uri)) {
                return null;
            }
            return uri + referrer.substring(query);
        }
    }
}

package fr.pasapas.web.reporting;

import fr.pasapas.learning.application.HelpRequestView;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.InvalidAnswerException;
import org.omnifaces.util.Messages;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The help requests of the trainer's dashboard home, each answered or closed by its own form (the matrix
 * beside them is {@link MatrixBean}'s). Keeps ids and plain records between requests, nothing else.
 */
@Named
@ViewScoped
public class ProgressBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ACTIVITY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(fr.pasapas.config.PlatformTime.ZONE);

    @Inject
    private CurrentUser currentUser;

    @EJB
    private HelpService help;

    private List<HelpRequestView> helpRequests;

    public List<HelpRequestView> getHelpRequests() {
        if (helpRequests == null) {
            helpRequests = help.openRequests(currentUser.get().organisationId());
        }
        return helpRequests;
    }

    /** The answer being written to each request, by request id (each request has its own form). */
    private final Map<Long, String> answers = new HashMap<>();

    /** Sends the written answer of one request; the learner reads it on their next page. */
    public String answer(long requestId) {
        try {
            if (!help.answer(requestId, currentUser.get().organisationId(), currentUser.get().id(), answers.get(requestId))) {
                Messages.addGlobalError("trainer.help.gone");
                return null;
            }
        } catch (InvalidAnswerException e) {
            Messages.addGlobalError("trainer.help.answerLength");
            return null;
        }
        Messages.addFlashGlobalInfo("trainer.help.answered", learnerOf(requestId));
        return back();
    }

    public String resolve(long requestId) {
        help.resolve(requestId, currentUser.get().organisationId(), currentUser.get().id());
        Messages.addFlashGlobalInfo("trainer.help.closed", learnerOf(requestId));
        return back();
    }

    private String learnerOf(long requestId) {
        return getHelpRequests().stream().filter(h -> h.id() == requestId).map(HelpRequestView::learnerName)
                .findFirst().orElse("");
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    /** Back to the same dashboard (workshop, filter, order and page kept by the page's view parameters). */
    private static String back() {
        return "/trainer/progress.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** Date and time in the learners' time zone, e.g. "25/11/2026 17:28". */
    public String activity(Instant instant) {
        return instant == null ? "" : ACTIVITY.format(instant);
    }

    public String getOrganisationName() {
        return currentUser.get().organisationName();
    }
}

package fr.pasapas.web.reporting;

import fr.pasapas.learning.application.HelpRequestView;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.InvalidAnswerException;
import org.omnifaces.util.Messages;
import fr.pasapas.reporting.application.LearnerProgressRow;
import fr.pasapas.reporting.application.ProgressReportService;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The trainer's view of their organisation's learners, module by module, down to the current step. */
@Named
@ViewScoped
public class ProgressBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/trainer/progress.xhtml?faces-redirect=true";
    private static final DateTimeFormatter ACTIVITY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(fr.pasapas.config.PlatformTime.ZONE);

    @EJB
    private ProgressReportService reports;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private HelpService help;

    private List<LearnerProgressRow> rows;
    private List<HelpRequestView> helpRequests;

    public List<HelpRequestView> getHelpRequests() {
        if (helpRequests == null) {
            helpRequests = help.openRequests(currentUser.get().organisationId());
        }
        return helpRequests;
    }

    /** The answer being written to each request, by request id (each request has its own form). */
    private final java.util.Map<Long, String> answers = new java.util.HashMap<>();

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
        return SELF;
    }

    public String resolve(long requestId) {
        help.resolve(requestId, currentUser.get().organisationId(), currentUser.get().id());
        Messages.addFlashGlobalInfo("trainer.help.closed", learnerOf(requestId));
        return SELF;
    }

    private String learnerOf(long requestId) {
        return getHelpRequests().stream().filter(h -> h.id() == requestId).map(HelpRequestView::learnerName)
                .findFirst().orElse("");
    }

    public java.util.Map<Long, String> getAnswers() {
        return answers;
    }

    public List<LearnerProgressRow> getRows() {
        if (rows == null) {
            rows = reports.organisationReport(currentUser.get().organisationId());
        }
        return rows;
    }

    /** Date and time in the learners' time zone, e.g. "25/11/2026 17:28". */
    public String activity(Instant instant) {
        return instant == null ? "" : ACTIVITY.format(instant);
    }

    public String getOrganisationName() {
        return currentUser.get().organisationName();
    }
}

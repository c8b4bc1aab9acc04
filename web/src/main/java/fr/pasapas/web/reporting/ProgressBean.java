package fr.pasapas.web.reporting;

import fr.pasapas.learning.application.HelpRequestView;
import fr.pasapas.learning.application.HelpService;
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

    public void resolve(long requestId) {
        help.resolve(requestId, currentUser.get().organisationId(), currentUser.get().id());
        helpRequests = null;
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

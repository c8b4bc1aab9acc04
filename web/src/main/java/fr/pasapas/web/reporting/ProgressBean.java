package fr.pasapas.web.reporting;

import fr.pasapas.learning.application.HelpRequestView;
import fr.pasapas.learning.application.HelpService;
import fr.pasapas.learning.application.InvalidAnswerException;
import org.omnifaces.util.Messages;
import fr.pasapas.reporting.application.LearnerProgressRow;
import fr.pasapas.people.application.GroupName;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.reporting.application.ProgressReportService;
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
 * The trainer's view of their organisation's learners, module by module, down to the current step, a few
 * learners a page, all of them or the members of one workshop ({@code ?workshop=id}); and the help requests.
 * Keeps ids and plain records between requests, nothing else.
 */
@Named
@ViewScoped
public class ProgressBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Learners on a page of the table (each with one row per module). */
    static final int LEARNERS_PER_PAGE = 5;
    private static final DateTimeFormatter ACTIVITY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(fr.pasapas.config.PlatformTime.ZONE);

    @EJB
    private ProgressReportService reports;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private HelpService help;

    @EJB
    private GroupService groups;

    /** The workshop whose members are shown, or null for every learner (the page's {@code workshop} parameter). */
    private Long workshopId;
    private List<GroupName> workshops;
    private ProgressRows rows;
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
        return filter();
    }

    public String resolve(long requestId) {
        help.resolve(requestId, currentUser.get().organisationId(), currentUser.get().id());
        Messages.addFlashGlobalInfo("trainer.help.closed", learnerOf(requestId));
        return filter();
    }

    private String learnerOf(long requestId) {
        return getHelpRequests().stream().filter(h -> h.id() == requestId).map(HelpRequestView::learnerName)
                .findFirst().orElse("");
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    /** The table's rows, read page by page; a workshop that is not one of the organisation's shows everyone. */
    public ProgressRows getRows() {
        if (rows == null) {
            if (workshopId != null && getWorkshops().stream().noneMatch(w -> w.id() == workshopId)) {
                workshopId = null;
            }
            rows = new ProgressRows(reports, currentUser.get().organisationId(), workshopId, reports.rowsPerLearner());
        }
        return rows;
    }

    /** A page of the table shows this many rows: {@link #LEARNERS_PER_PAGE} learners, every module of each. */
    public int getRowsPerPage() {
        return getRows().rowsFor(LEARNERS_PER_PAGE);
    }

    /** The workshops of the organisation, by name, to choose whose progress to show. */
    public List<GroupName> getWorkshops() {
        if (workshops == null) {
            workshops = groups.namesOf(currentUser.get().organisationId());
        }
        return workshops;
    }

    /** Shows the chosen workshop (or everyone) from the first page, at an address the trainer can keep. */
    public String filter() {
        return "/trainer/progress.xhtml?faces-redirect=true" + (workshopId == null ? "" : "&workshop=" + workshopId);
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public void setWorkshopId(Long workshopId) {
        this.workshopId = workshopId;
    }

    /** Date and time in the learners' time zone, e.g. "25/11/2026 17:28". */
    public String activity(Instant instant) {
        return instant == null ? "" : ACTIVITY.format(instant);
    }

    public String getOrganisationName() {
        return currentUser.get().organisationName();
    }
}

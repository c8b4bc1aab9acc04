package fr.pasapas.web.learning;

import fr.pasapas.config.PlatformTime;
import fr.pasapas.learning.application.HelpInbox;
import fr.pasapas.learning.application.HelpInboxException;
import fr.pasapas.learning.application.InboxFilter;
import fr.pasapas.learning.application.InboxPage;
import fr.pasapas.learning.domain.HelpRequest;
import fr.pasapas.people.application.GroupName;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * The help inbox (/trainer/help.xhtml): the requests of the organisation by status (waiting by default), for a
 * trainer their own ones or all, for one workshop or everyone, a page at a time. The filters are the page's GET
 * parameters (status, scope, workshop, page): an address a trainer can keep. Keeps plain values only.
 */
@Named
@ViewScoped
public class HelpInboxBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS_PER_PAGE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PlatformTime.ZONE);

    @EJB
    private HelpInbox inbox;

    @EJB
    private GroupService groups;

    @Inject
    private CurrentUser currentUser;

    /** OPEN (the default), ANSWERED, CLOSED or ALL. */
    private String status;
    /** "mine" (a trainer's default) or "all". */
    private String scope;
    private Long workshopId;
    /** 1-based. */
    private int page = 1;

    private InboxPage result;
    private List<GroupName> workshops;

    public InboxPage getResult() {
        if (result == null) {
            if (workshopId != null && getWorkshops().stream().noneMatch(w -> w.id() == workshopId)) {
                workshopId = null; // not a workshop of the organisation: everyone's requests, as for an unknown one
            }
            InboxFilter filter = new InboxFilter(statusFilter(), isMine(), workshopId);
            try {
                result = inbox.page(filter, (getPage() - 1) * ROWS_PER_PAGE, ROWS_PER_PAGE);
            } catch (HelpInboxException e) {
                Messages.addGlobalError(e.messageKey());
                result = new InboxPage(List.of(), 0);
            }
        }
        return result;
    }

    private HelpRequest.Status statusFilter() {
        String chosen = getStatus();
        return "ALL".equals(chosen) ? null : HelpRequest.Status.valueOf(chosen);
    }

    /** Whether the page lists only the trainer's own requests: trainers only, unless they ask for all. */
    public boolean isMine() {
        return isTrainerOnly() && !"all".equals(scope);
    }

    /** A trainer who is not also a coordinator or an admin: they choose between their requests and all. */
    public boolean isTrainerOnly() {
        return currentUser.hasRole("TRAINER") && !currentUser.hasRole("PARTNER") && !currentUser.hasRole("ADMIN");
    }

    public int getPages() {
        return (int) Math.max(1, (getResult().total() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    }

    /** Shows the chosen filters from the first page, at an address the trainer can keep. */
    public String filter() {
        return "/trainer/help.xhtml?faces-redirect=true&" + query(1);
    }

    /** The address of a page of the same list. */
    public String pageLink(int number) {
        return "help.xhtml?" + query(number);
    }

    /** The address of the same list as a file ({@code csv} or {@code xlsx}), every page of it. */
    public String exportLink(String format) {
        return "export/help?format=" + format + "&" + query(1);
    }

    private String query(int number) {
        return "status=" + getStatus() + (isTrainerOnly() ? "&scope=" + (isMine() ? "mine" : "all") : "")
                + (workshopId == null ? "" : "&workshop=" + workshopId) + (number > 1 ? "&page=" + number : "");
    }

    public List<GroupName> getWorkshops() {
        if (workshops == null) {
            workshops = groups.namesOf(currentUser.get().organisationId());
        }
        return workshops;
    }

    /** Date and time in the learners' time zone, e.g. "25/11/2026 17:28". */
    public String when(Instant instant) {
        return format(instant);
    }

    static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String getStatus() {
        return status == null || !List.of("OPEN", "ANSWERED", "CLOSED", "ALL").contains(status) ? "OPEN" : status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getScope() {
        return isMine() ? "mine" : "all";
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public void setWorkshopId(Long workshopId) {
        this.workshopId = workshopId;
    }

    public int getPage() {
        return Math.max(1, page);
    }

    public void setPage(int page) {
        this.page = page;
    }
}

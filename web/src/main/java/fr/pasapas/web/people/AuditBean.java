package fr.pasapas.web.people;

import fr.pasapas.config.PlatformTime;
import fr.pasapas.people.application.AuditLog;
import fr.pasapas.people.application.AuditRow;
import fr.pasapas.people.application.OrganisationName;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit log (/trainer/audit.xhtml), newest first, a page at a time ({@code ?page=}): a coordinator reads their
 * organisation's; an admin reads every organisation's, or one's ({@code ?organisation=id}), with its name on each
 * line. web.xml keeps trainers out; the service refuses them too. Keeps plain values only.
 */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS_PER_PAGE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(PlatformTime.ZONE);

    @EJB
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    private Long organisationId;
    private int page = 1;
    private List<AuditRow> rows;
    private Long total;
    private List<OrganisationName> organisations;

    public boolean isAdmin() {
        return currentUser.hasRole("ADMIN");
    }

    public List<AuditRow> getRows() {
        if (rows == null) {
            int first = (getPage() - 1) * ROWS_PER_PAGE;
            rows = isAdmin() ? audit.rowsOf(chosenOrganisation(), first, ROWS_PER_PAGE)
                    : audit.rowsOfOwnOrganisation(first, ROWS_PER_PAGE);
        }
        return rows;
    }

    public long getTotal() {
        if (total == null) {
            total = isAdmin() ? audit.countOf(chosenOrganisation()) : audit.countOwnOrganisation();
        }
        return total;
    }

    /** The organisation an admin chose, if it exists; null for all of them. */
    private Long chosenOrganisation() {
        if (organisationId != null && getOrganisations().stream().noneMatch(o -> o.id() == organisationId)) {
            organisationId = null;
        }
        return organisationId;
    }

    public List<OrganisationName> getOrganisations() {
        if (organisations == null) {
            organisations = isAdmin() ? audit.organisations() : List.of();
        }
        return organisations;
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    }

    /** Shows the chosen organisation from the first page, at an address the admin can keep. */
    public String filter() {
        return "/trainer/audit.xhtml?faces-redirect=true" + (organisationId == null ? "" : "&organisation=" + organisationId);
    }

    public String pageLink(int number) {
        return "audit.xhtml?page=" + number + (organisationId == null ? "" : "&organisation=" + organisationId);
    }

    /** Date and time in Paris, to the second: the order of two actions in the same minute shows. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public int getPage() {
        return Math.max(1, page);
    }

    public void setPage(int page) {
        this.page = page;
    }
}

package fr.pasapas.web.reporting;

import fr.pasapas.people.application.GroupName;
import fr.pasapas.reporting.application.DashboardNotFoundException;
import fr.pasapas.reporting.application.DashboardService;
import fr.pasapas.reporting.application.MatrixOrder;
import fr.pasapas.reporting.application.MatrixPage;
import fr.pasapas.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The dashboard home: the workshop × module matrix of one workshop, or of the whole organisation, a page of
 * learners at a time, filtered by name and sorted on the server. Everything is in the address (GET), so a
 * trainer can keep or share a view and the back button works. The page is stateless (nothing kept in the session)
 * and its table is plain HTML written from {@link MatrixView}: the help requests have their own page, the inbox.
 */
@Named
@RequestScoped
public class MatrixBean {

    /** The page sizes offered; the first is the smallest, for phones. */
    static final List<Integer> SIZES = List.of(5, 10, 20, 50);
    static final int DEFAULT_SIZE = 20;

    @EJB
    private DashboardService dashboards;

    @Inject
    private CurrentUser currentUser;

    private String workshop;
    private String name;
    private String sort;
    private String page;
    private String size;
    private MatrixPage matrix;
    private MatrixView view;
    private List<GroupName> workshops;

    /** viewAction: reads the page; a workshop the caller may not see is a 404, as an unknown one. */
    public void load() {
        try {
            int wanted = DashboardParams.page(page);
            matrix = dashboards.matrix(getWorkshopId(), name, getOrder(), (wanted - 1) * getPageSize(), getPageSize());
            if (matrix.rows().isEmpty() && matrix.matching() > 0) { // past the last page: show the last one
                matrix = dashboards.matrix(getWorkshopId(), name, getOrder(), (getPages() - 1) * getPageSize(), getPageSize());
            }
        } catch (DashboardNotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public MatrixPage getMatrix() {
        return matrix;
    }

    /** The page's table with its words in the page's language, made once a request. */
    public MatrixView getView() {
        if (view == null && matrix != null) {
            FacesContext context = Faces.getContext();
            view = MatrixView.of(matrix, context.getApplication().getResourceBundle(context, "msg"),
                    context.getViewRoot().getLocale());
        }
        return view;
    }

    public String getOrganisationName() {
        return currentUser.get().organisationName();
    }

    /** The workshops to choose from: read with the matrix (or alone when the page is refused). */
    public List<GroupName> getWorkshops() {
        if (workshops == null) {
            workshops = matrix != null ? matrix.workshops() : dashboards.workshops();
        }
        return workshops;
    }

    public Long getWorkshopId() {
        return DashboardParams.id(workshop);
    }

    public MatrixOrder getOrder() {
        return MatrixOrder.parse(sort);
    }

    public int getPageNumber() {
        return Math.min(DashboardParams.page(page), getPages());
    }

    public int getPageSize() {
        try {
            int wanted = Integer.parseInt(size == null ? "" : size.strip());
            return SIZES.contains(wanted) ? wanted : DEFAULT_SIZE;
        } catch (NumberFormatException e) {
            return DEFAULT_SIZE;
        }
    }

    public List<Integer> getSizes() {
        return SIZES;
    }

    public int getPages() {
        long matching = matrix == null ? 0 : matrix.matching();
        return (int) Math.max(1, (matching + getPageSize() - 1) / getPageSize());
    }

    /** The address of this view with another order, page or nothing changed (for sort links, pages, exports). */
    public String link(String order, int pageNumber) {
        StringBuilder q = new StringBuilder();
        if (getWorkshopId() != null) {
            q.append("&workshop=").append(getWorkshopId());
        }
        if (name != null && !name.isBlank()) {
            q.append("&name=").append(DashboardParams.encode(name.strip()));
        }
        q.append("&sort=").append(order == null ? getOrder().name() : order);
        if (getPageSize() != DEFAULT_SIZE) {
            q.append("&size=").append(getPageSize());
        }
        if (pageNumber > 1) {
            q.append("&page=").append(pageNumber);
        }
        return q.substring(1);
    }

    /** The order a sortable heading switches to: ascending first, then descending. */
    public String toggled(String ascending) {
        return getOrder().name().equals(ascending) ? ascending + "_DESC" : ascending;
    }

    /** aria-sort of a heading: the current order's direction, or none. */
    public String ariaSort(String ascending) {
        if (getOrder().name().equals(ascending)) {
            return "ascending";
        }
        return getOrder().name().equals(ascending + "_DESC") ? "descending" : "none";
    }

    public String getWorkshop() {
        return workshop;
    }

    public void setWorkshop(String workshop) {
        this.workshop = workshop;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}

package fr.pasapas.web.reporting;

import fr.pasapas.reporting.application.DashboardNotFoundException;
import fr.pasapas.reporting.application.DashboardService;
import fr.pasapas.reporting.application.LearnerTimeline;
import fr.pasapas.web.security.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.omnifaces.util.Faces;

/**
 * A learner's timeline ({@code /trainer/learner.xhtml?id=...}): their modules with the time spent, then what
 * they did, newest first, a page at a time. A learner of another organisation is "not found", as an unknown id.
 */
@Named
@RequestScoped
public class TimelineBean {

    static final int ENTRIES_PER_PAGE = 25;

    @EJB
    private DashboardService dashboards;

    @Inject
    private LocaleBean locale;

    private String id;
    private String page;
    private LearnerTimeline timeline;

    /** viewAction: reads the learner's timeline, or answers 404. */
    public void load() {
        Long learnerId = DashboardParams.id(id);
        try {
            if (learnerId == null) {
                throw new DashboardNotFoundException();
            }
            int wanted = DashboardParams.page(page);
            timeline = dashboards.timeline(learnerId, (wanted - 1) * ENTRIES_PER_PAGE, ENTRIES_PER_PAGE, locale.getLocale());
            if (timeline.entries().isEmpty() && timeline.totalEntries() > 0) {
                timeline = dashboards.timeline(learnerId, (getPages() - 1) * ENTRIES_PER_PAGE, ENTRIES_PER_PAGE, locale.getLocale());
            }
        } catch (DashboardNotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public LearnerTimeline getTimeline() {
        return timeline;
    }

    public int getPageNumber() {
        return Math.min(DashboardParams.page(page), getPages());
    }

    public int getPages() {
        long total = timeline == null ? 0 : timeline.totalEntries();
        return (int) Math.max(1, (total + ENTRIES_PER_PAGE - 1) / ENTRIES_PER_PAGE);
    }

    public String moment(Instant instant) {
        return DashboardParams.moment(instant);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}

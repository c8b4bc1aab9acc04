package fr.pasapas.web.reporting;

import fr.pasapas.reporting.application.LearnerProgressRow;
import fr.pasapas.reporting.application.ProgressReportService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The report table, read page by page: a page is a few learners (by name) with one row per module, so the
 * database reads only the learners shown. Keeps the organisation, the workshop and the rows of the page shown.
 */
public class ProgressRows extends LazyDataModel<LearnerProgressRow> {

    private static final long serialVersionUID = 1L;

    private final ProgressReportService reports;
    private final long organisationId;
    private final Long workshopId;
    private final int rowsPerLearner;

    ProgressRows(ProgressReportService reports, long organisationId, Long workshopId, int rowsPerLearner) {
        this.reports = reports;
        this.organisationId = organisationId;
        this.workshopId = workshopId;
        this.rowsPerLearner = Math.max(1, rowsPerLearner);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(reports.countLearners(organisationId, workshopId) * rowsPerLearner);
    }

    @Override
    public List<LearnerProgressRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int learners = Math.max(1, pageSize / rowsPerLearner);
        return reports.page(organisationId, workshopId, first / rowsPerLearner, learners);
    }

    @Override
    public String getRowKey(LearnerProgressRow row) {
        return row.learnerId() + "-" + row.moduleId();
    }

    /** The paginator counts rows: a page of {@code learners} learners is this many rows. */
    int rowsFor(int learners) {
        return learners * rowsPerLearner;
    }
}

package fr.pasapas.reporting.application;

import static fr.pasapas.reporting.application.DashboardExports.local;
import static fr.pasapas.reporting.application.DashboardExports.word;

import fr.pasapas.learning.application.HelpInbox;
import fr.pasapas.learning.application.InboxFilter;
import fr.pasapas.learning.application.InboxRow;
import fr.pasapas.people.application.AuditLog;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.reporting.infrastructure.export.Table;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The help inbox as a file (CSV, XLSX): the requests the caller sees on the inbox page with the same filters,
 * every page of them, with the answers written; the export is written to the audit log in the same transaction.
 * Learners' messages are their own words: a cell starting like a formula is neutralised by {@code TableExport}.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class HelpExports {

    @EJB
    private HelpInbox inbox;

    @EJB
    private AuditLog audit;

    public void help(InboxFilter filter, ExportFormat format, Map<String, String> words, OutputStream out) {
        List<String> headings = List.of(word(words, "learner"), word(words, "module"), word(words, "stepNumber"),
                word(words, "step"), word(words, "when"), word(words, "message"), word(words, "status"),
                word(words, "assignee"), word(words, "answer"), word(words, "answeredBy"));
        List<List<Object>> rows = new ArrayList<>();
        for (InboxRow r : inbox.page(filter, 0, DashboardExports.MAX_ROWS).rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(r.learnerName());
            cells.add(r.moduleTitle());
            cells.add(r.stepNumber() == 0 ? null : r.stepNumber());
            cells.add(r.stepTitle());
            cells.add(local(r.createdAt()));
            cells.add(r.message());
            cells.add(word(words, "outcome." + r.status()));
            cells.add(r.assigneeName());
            cells.add(r.answer());
            cells.add(r.answeredBy());
            rows.add(cells);
        }
        DashboardExports.write(new Table(word(words, "help"), headings, rows), format, out);
        audit.record(AuditAction.EXPORTED, word(words, "help"), format.extension()
                + (filter.status() == null ? "" : ", " + filter.status())
                + (filter.workshopId() == null ? "" : ", workshop " + filter.workshopId()) + ", " + rows.size());
    }
}

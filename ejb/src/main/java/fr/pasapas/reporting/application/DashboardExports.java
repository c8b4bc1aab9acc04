package fr.pasapas.reporting.application;

import fr.pasapas.config.PlatformTime;
import fr.pasapas.people.application.AuditLog;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.reporting.infrastructure.export.Table;
import fr.pasapas.reporting.infrastructure.export.TableExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboards as files (CSV, XLSX): exactly what the caller may see on the page, every page of it, each
 * export written to the audit log in the same transaction. The words of the file (headings, statuses) come
 * from the caller's language as {@code words}, keyed by the names used below; a missing word shows its key.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class DashboardExports {

    /** An export holds at most this many learners or timeline entries. */
    static final int MAX_ROWS = 100_000;

    @EJB
    private DashboardService dashboards;

    @EJB
    private AuditLog audit;

    public void matrix(Long workshopId, String nameFilter, MatrixOrder order, ExportFormat format,
                       Map<String, String> words, OutputStream out) {
        MatrixPage page = dashboards.matrix(workshopId, nameFilter, order, 0, MAX_ROWS);
        List<String> headings = new ArrayList<>(List.of(word(words, "learner"), word(words, "username")));
        page.columns().forEach(c -> headings.add(c.title()));
        headings.add(word(words, "modulesDone"));
        List<List<Object>> rows = new ArrayList<>();
        for (MatrixRow row : page.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.name(), row.username()));
            row.cells().forEach(c -> cells.add(cellText(c, words)));
            cells.add(row.done());
            rows.add(cells);
        }
        for (String total : List.of("DONE", "IN_PROGRESS", "NOT_STARTED")) {
            List<Object> cells = new ArrayList<>(List.of(word(words, "percent." + total), ""));
            for (ModuleColumn c : page.columns()) {
                cells.add(switch (total) {
                    case "DONE" -> c.donePercent();
                    case "IN_PROGRESS" -> c.inProgressPercent();
                    default -> c.notStartedPercent();
                });
            }
            rows.add(cells);
        }
        write(new Table(word(words, "matrix"), headings, rows), format, out);
        audit.record(AuditAction.EXPORTED, word(words, "matrix"), detail(format, workshopId, page.rows().size()));
    }

    public void timeline(long learnerId, ExportFormat format, Map<String, String> words, Locale locale, OutputStream out) {
        LearnerTimeline timeline = dashboards.timeline(learnerId, 0, MAX_ROWS, locale);
        List<String> headings = List.of(word(words, "when"), word(words, "what"), word(words, "module"),
                word(words, "stepNumber"), word(words, "step"), word(words, "detail"), word(words, "outcome"));
        List<List<Object>> rows = new ArrayList<>();
        for (TimelineEntry e : timeline.entries()) {
            List<Object> cells = new ArrayList<>();
            cells.add(local(e.at()));
            cells.add(word(words, "kind." + e.kind()));
            cells.add(e.moduleTitle());
            cells.add(e.stepNumber() == 0 ? null : e.stepNumber());
            cells.add(e.stepTitle());
            cells.add(e.detail());
            cells.add(e.outcome() == null ? null : word(words, "outcome." + e.outcome()));
            rows.add(cells);
        }
        write(new Table(timeline.name(), headings, rows), format, out);
        audit.record(AuditAction.EXPORTED, timeline.name() + " (" + timeline.username() + ")",
                word(words, "timeline") + ", " + format.extension() + ", " + rows.size());
    }

    public void heatMap(Long workshopId, ExportFormat format, Map<String, String> words, OutputStream out) {
        HeatMap map = dashboards.heatMap(workshopId);
        List<String> headings = List.of(word(words, "module"), word(words, "stepNumber"), word(words, "step"),
                word(words, "attempts"), word(words, "failures"), word(words, "abandons"), word(words, "helps"));
        List<List<Object>> rows = new ArrayList<>();
        for (HeatRow r : map.rows()) {
            rows.add(List.of(r.moduleTitle(), r.stepNumber(), r.stepTitle(), r.attempts(), r.failures(), r.abandons(),
                    r.helps()));
        }
        write(new Table(word(words, "heatMap"), headings, rows), format, out);
        audit.record(AuditAction.EXPORTED, word(words, "heatMap"), detail(format, workshopId, rows.size()));
    }

    static String cellText(MatrixCell cell, Map<String, String> words) {
        return switch (cell.status()) {
            case DONE -> word(words, "status.DONE");
            case NOT_STARTED -> word(words, "status.NOT_STARTED");
            case IN_PROGRESS -> MessageFormat.format(word(words, "status.IN_PROGRESS"), cell.stepNumber(), cell.totalSteps());
        };
    }

    private static String detail(ExportFormat format, Long workshopId, int rows) {
        return format.extension() + (workshopId == null ? "" : ", workshop " + workshopId) + ", " + rows;
    }

    static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, PlatformTime.ZONE);
    }

    static String word(Map<String, String> words, String key) {
        return words.getOrDefault(key, key);
    }

    static void write(Table table, ExportFormat format, OutputStream out) {
        try {
            if (format == ExportFormat.XLSX) {
                TableExport.xlsx(table, out);
            } else {
                TableExport.csv(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.pasapas.reporting.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.sandbox.application.SandboxCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A learner's timeline in SQL: everything they did as one list of (kind, when, module, step, detail, outcome),
 * so that a page of it, newest first, is one statement whatever the mix of answers, help requests and runs.
 */
final class TimelineSql {

    /** Every event of the learner {@code :learner}; the first branch gives the columns their names and types. */
    static final String EVENTS = "select 'ANSWER' as entry_kind, sa.answered_at as happened_at, sa.module_id as module_id,"
            + " sa.step_id as step_id, sa.answer_text as detail,"
            + " case when sa.correct then 'RIGHT' else 'WRONG' end as outcome from step_answer sa where sa.learner_id = :learner"
            + " union all select 'MODULE_STARTED', mp.started_at, mp.module_id, null, null, null"
            + " from module_progress mp where mp.learner_id = :learner"
            + " union all select 'MODULE_COMPLETED', mp.completed_at, mp.module_id, null, null, null"
            + " from module_progress mp where mp.learner_id = :learner and mp.completed_at is not null"
            + " union all select 'HELP', h.created_at, h.module_id, h.step_id, h.message, h.status"
            + " from help_request h where h.learner_id = :learner"
            + " union all select 'CERTIFICATE', c.issued_at, c.module_id, null, c.code,"
            + " case when c.revoked_at is null then 'VALID' else 'REVOKED' end from certificate c where c.learner_id = :learner"
            + " union all select 'PRACTICE', r.started_at, null, null, r.scenario_id,"
            + " case when r.passed = true then 'PASSED' when r.finished_at is null then 'OPEN' else 'NOT_PASSED' end"
            + " from sandbox_run r where r.learner_id = :learner";

    private TimelineSql() {
    }

    /** Rows (module id, started at, completed at, current step id, seconds spent). */
    static List<ModuleTime> modules(List<Object[]> rows, CatalogueService catalogue) {
        return rows.stream().map(r -> {
            Optional<Module> module = catalogue.module((String) r[0]);
            int total = module.map(m -> m.steps().size()).orElse(0);
            int index = module.map(m -> m.indexOf((String) r[3])).orElse(-1);
            return new ModuleTime((String) r[0], module.map(Module::title).orElse((String) r[0]),
                    SqlValues.instant(r[1]), SqlValues.instant(r[2]), index + 1, total, SqlValues.number(r[4]));
        }).toList();
    }

    /** Rows of {@link #EVENTS}, with module and step titles from the catalogue and scenario titles from the sandbox. */
    static List<TimelineEntry> entries(List<Object[]> rows, CatalogueService catalogue, SandboxCatalogue sandbox,
                                       Locale locale) {
        return rows.stream().map(r -> {
            TimelineEntry.Kind kind = TimelineEntry.Kind.valueOf(r[0].toString().strip());
            Optional<Module> module = r[2] == null ? Optional.empty() : catalogue.module((String) r[2]);
            String moduleTitle = r[2] == null ? null : module.map(Module::title).orElse((String) r[2]);
            int index = r[3] == null ? -1 : module.map(m -> m.indexOf((String) r[3])).orElse(-1);
            String stepTitle = index < 0 ? (String) r[3] : module.get().steps().get(index).title();
            String detail = SqlValues.text(r[4]);
            if (kind == TimelineEntry.Kind.PRACTICE && detail != null) {
                detail = sandbox.scenario(detail).map(s -> s.title().in(locale)).orElse(detail);
            }
            return new TimelineEntry(kind, SqlValues.instant(r[1]), moduleTitle, index + 1, stepTitle, detail,
                    SqlValues.text(r[5]));
        }).toList();
    }
}

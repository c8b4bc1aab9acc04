package fr.pasapas.reporting.application;

import fr.pasapas.learning.application.ModuleSummary;
import fr.pasapas.people.application.AuthenticatedAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rows of a trainer's report, assembled in memory: each learner in the order given, each module in catalogue order. */
final class ReportRows {

    private ReportRows() {
    }

    /**
     * @param summaries every learner's module summaries (see {@code ProgressSummaries})
     * @param codes     certificate codes by learner, then by module
     */
    static List<LearnerProgressRow> of(List<AuthenticatedAccount> learners, Map<Long, List<ModuleSummary>> summaries,
                                       Map<Long, Map<String, String>> codes) {
        List<LearnerProgressRow> rows = new ArrayList<>();
        for (AuthenticatedAccount learner : learners) {
            Map<String, String> own = codes.getOrDefault(learner.id(), Map.of());
            for (ModuleSummary s : summaries.getOrDefault(learner.id(), List.of())) {
                rows.add(row(learner, s, own.get(s.module().id())));
            }
        }
        return rows;
    }

    private static LearnerProgressRow row(AuthenticatedAccount learner, ModuleSummary s, String certificateCode) {
        boolean started = s.started();
        return new LearnerProgressRow(learner.id(), learner.displayName(), learner.username(),
                s.module().id(), s.module().title(), s.percent(), started, s.completed(),
                started ? s.resumeStepNumber() : 0, s.module().steps().size(),
                started ? s.module().steps().get(s.resumeStepNumber() - 1).title() : null,
                s.lastActivity(), certificateCode, s.failedAttemptsHere(), s.stuck());
    }
}

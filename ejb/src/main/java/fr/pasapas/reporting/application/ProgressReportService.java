package fr.pasapas.reporting.application;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.learning.application.ModuleSummary;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Progress of an organisation's learners, for its trainers. Nobody sees another organisation's people. */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class ProgressReportService {

    @EJB
    private AccountService accounts;

    @EJB
    private ProgressService progress;

    @EJB
    private CertificateService certificates;

    public List<LearnerProgressRow> organisationReport(long organisationId) {
        List<LearnerProgressRow> rows = new ArrayList<>();
        List<AuthenticatedAccount> learners = accounts.learnersOf(organisationId);
        Map<Long, Map<String, String>> codes = certificates.codesOf(learners.stream().map(AuthenticatedAccount::id).toList());
        for (AuthenticatedAccount learner : learners) {
            for (ModuleSummary s : progress.summaries(learner.id())) {
                boolean started = s.started();
                rows.add(new LearnerProgressRow(learner.id(), learner.displayName(), learner.username(),
                        s.module().id(), s.module().title(), s.percent(), started, s.completed(),
                        started ? s.resumeStepNumber() : 0, s.module().steps().size(),
                        started ? s.module().steps().get(s.resumeStepNumber() - 1).title() : null,
                        s.lastActivity(), codes.getOrDefault(learner.id(), Map.of()).get(s.module().id()), s.failedAttemptsHere(), s.stuck()));
            }
        }
        return rows;
    }
}

package fr.pasapas.reporting.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.learning.application.ProgressSummaries;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.GroupService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;

/**
 * Progress of an organisation's learners, for its trainers. Nobody sees another organisation's people. A report
 * costs the same few queries for 5 learners or 500: the learners, their module rows, their step rows, their
 * certificates.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class ProgressReportService {

    @EJB
    private AccountService accounts;

    @EJB
    private GroupService groups;

    @EJB
    private ProgressSummaries summaries;

    @EJB
    private CertificateService certificates;

    @EJB
    private CatalogueService catalogue;

    /** Every learner of the organisation, by name, one row per module of the catalogue. */
    public List<LearnerProgressRow> organisationReport(long organisationId) {
        return rowsOf(accounts.learnersOf(organisationId));
    }

    /**
     * A page of the report: the learners from {@code firstLearner} (0-based, by name), at most {@code learners}
     * of them, only the members of a workshop of the organisation when {@code workshopId} is not null.
     */
    public List<LearnerProgressRow> page(long organisationId, Long workshopId, int firstLearner, int learners) {
        return rowsOf(groups.learners(organisationId, workshopId, firstLearner, learners));
    }

    /** How many learners {@link #page} pages through. */
    public long countLearners(long organisationId, Long workshopId) {
        return groups.countLearners(organisationId, workshopId);
    }

    /** Each learner has one row per module of the learners' catalogue. */
    public int rowsPerLearner() {
        return catalogue.catalogue().openTo(false).modules().size();
    }

    private List<LearnerProgressRow> rowsOf(List<AuthenticatedAccount> learners) {
        if (learners.isEmpty()) {
            return List.of();
        }
        List<Long> ids = learners.stream().map(AuthenticatedAccount::id).toList();
        return ReportRows.of(learners, summaries.of(ids), certificates.codesOf(ids));
    }
}

package fr.pasapas.learning.application;

import fr.pasapas.learning.domain.HelpRequest;
import fr.pasapas.learning.domain.Module;
import fr.pasapas.learning.infrastructure.persistence.ProgressRepository;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** "Je suis bloqué": learners ask for help on a step; trainers of their organisation see and resolve it. */
@Stateless
public class HelpService {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private AccountService accounts;

    @Inject
    private ProgressRepository progressRows;

    private final Clock clock = Clock.systemUTC();

    /**
     * Asks for help on a step; asking again while a request is open changes nothing. The learner's write
     * lock orders two taps at once, and a unique constraint on open requests guarantees a single one.
     */
    public void requestHelp(long learnerId, String moduleId, String stepId) {
        Module module = catalogue.module(moduleId).orElseThrow(() -> new UnknownContentException("No module " + moduleId));
        module.step(stepId).orElseThrow(() -> new UnknownContentException("No step " + stepId + " in " + moduleId));
        progressRows.lockLearner(learnerId);
        if (isOpen(learnerId, moduleId, stepId)) {
            return;
        }
        AuthenticatedAccount learner = accounts.findById(learnerId).orElseThrow();
        em.persist(new HelpRequest(learnerId, learner.organisationId(), moduleId, stepId, clock.instant()));
    }

    public boolean isOpen(long learnerId, String moduleId, String stepId) {
        return !em.createNamedQuery("HelpRequest.openOf", HelpRequest.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .getResultList().isEmpty();
    }

    /** Open requests of an organisation, oldest first. */
    public List<HelpRequestView> openRequests(long organisationId) {
        return em.createNamedQuery("HelpRequest.openInOrganisation", HelpRequest.class)
                .setParameter("organisationId", organisationId).getResultStream()
                .map(this::toView).flatMap(Optional::stream).toList();
    }

    /** Marks a request as dealt with; a request of another organisation is left alone. */
    public void resolve(long requestId, long organisationId, long staffId) {
        HelpRequest request = em.find(HelpRequest.class, requestId);
        if (request != null && request.getOrganisationId() == organisationId) {
            request.resolve(staffId, clock.instant());
        }
    }

    private Optional<HelpRequestView> toView(HelpRequest h) {
        Optional<Module> module = catalogue.module(h.getModuleId());
        if (module.isEmpty() || module.get().step(h.getStepId()).isEmpty()) {
            return Optional.empty(); // the content changed since: nothing left to show
        }
        Module m = module.get();
        String name = accounts.findById(h.getLearnerId()).map(AuthenticatedAccount::displayName).orElse("?");
        return Optional.of(new HelpRequestView(h.getId(), h.getLearnerId(), name, m.title(), m.indexOf(h.getStepId()) + 1,
                m.steps().size(), m.step(h.getStepId()).orElseThrow().title(), h.getCreatedAt()));
    }
}

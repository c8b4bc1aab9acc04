package fr.pasapas.learning.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.application.UnknownContentException;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.learning.domain.HelpRequest;
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

/**
 * "Je suis bloqué": learners ask for help on a step, with an optional short message; trainers of their
 * organisation answer in writing and close requests; the learner reads the answer on their next page.
 */
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
        requestHelp(learnerId, moduleId, stepId, null);
    }

    /** As above, with the learner's own words (blank: none; longer than 300 characters: refused). */
    public void requestHelp(long learnerId, String moduleId, String stepId, String message) {
        String words = message == null || message.isBlank() ? null : message.strip();
        if (words != null && words.length() > HelpRequest.MAX_MESSAGE) {
            throw new InvalidAnswerException("A help message has at most " + HelpRequest.MAX_MESSAGE + " characters");
        }
        Module module = catalogue.module(moduleId).orElseThrow(() -> new UnknownContentException("No module " + moduleId));
        module.step(stepId).orElseThrow(() -> new UnknownContentException("No step " + stepId + " in " + moduleId));
        progressRows.lockLearner(learnerId);
        if (isOpen(learnerId, moduleId, stepId)) {
            return;
        }
        AuthenticatedAccount learner = accounts.findById(learnerId).orElseThrow();
        em.persist(new HelpRequest(learnerId, learner.organisationId(), moduleId, stepId, words, clock.instant()));
    }

    public boolean isOpen(long learnerId, String moduleId, String stepId) {
        return !em.createNamedQuery("HelpRequest.openOf", HelpRequest.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .getResultList().isEmpty();
    }

    /** Requests of an organisation that are not closed (waiting first, then answered), oldest first. */
    public List<HelpRequestView> openRequests(long organisationId) {
        return em.createNamedQuery("HelpRequest.inbox", HelpRequest.class)
                .setParameter("organisationId", organisationId).getResultStream()
                .map(this::toView).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(HelpRequestView::answered))
                .toList();
    }

    /**
     * A trainer's written answer to a request of their organisation (1 to 1000 characters); a request of
     * another organisation, or a closed one, is left alone. Returns false when nothing was saved.
     */
    public boolean answer(long requestId, long organisationId, long staffId, String text) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > HelpRequest.MAX_ANSWER) {
            throw new InvalidAnswerException("An answer has 1 to " + HelpRequest.MAX_ANSWER + " characters");
        }
        HelpRequest request = em.find(HelpRequest.class, requestId);
        if (request == null || request.getOrganisationId() != organisationId || request.getStatus() == HelpRequest.Status.CLOSED) {
            return false;
        }
        request.answer(staffId, answer, clock.instant());
        return true;
    }

    /** Marks a request as dealt with; a request of another organisation is left alone. */
    public void resolve(long requestId, long organisationId, long staffId) {
        HelpRequest request = em.find(HelpRequest.class, requestId);
        if (request != null && request.getOrganisationId() == organisationId) {
            request.close(staffId, clock.instant());
        }
    }

    /** The answers the learner has not read yet, oldest first; they count as read once returned. */
    public List<HelpAnswer> takeUnreadAnswers(long learnerId) {
        List<HelpRequest> unread = em.createNamedQuery("HelpRequest.unreadAnswers", HelpRequest.class)
                .setParameter("learnerId", learnerId).getResultList();
        if (unread.isEmpty()) {
            return List.of();
        }
        em.createNamedQuery("HelpRequest.markAnswersSeen").setParameter("now", clock.instant())
                .setParameter("learnerId", learnerId).setParameter("ids", unread.stream().map(HelpRequest::getId).toList())
                .executeUpdate();
        return unread.stream().map(this::toAnswer).flatMap(Optional::stream).toList();
    }

    /** The last answer written to the learner about a step, if any (shown on that step). */
    public Optional<HelpAnswer> answerOn(long learnerId, String moduleId, String stepId) {
        return em.createNamedQuery("HelpRequest.latestAnswered", HelpRequest.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .setMaxResults(1).getResultStream().findFirst().flatMap(this::toAnswer);
    }

    private Optional<HelpAnswer> toAnswer(HelpRequest h) {
        Optional<Module> module = catalogue.module(h.getModuleId());
        if (module.isEmpty() || module.get().step(h.getStepId()).isEmpty()) {
            return Optional.empty();
        }
        String trainer = h.getAnsweredBy() == null ? "" : accounts.findById(h.getAnsweredBy())
                .map(AuthenticatedAccount::displayName).orElse("");
        return Optional.of(new HelpAnswer(h.getId(), h.getModuleId(), h.getStepId(), module.get().title(),
                module.get().step(h.getStepId()).orElseThrow().title(), trainer, h.getAnswer()));
    }

    private Optional<HelpRequestView> toView(HelpRequest h) {
        Optional<Module> module = catalogue.module(h.getModuleId());
        if (module.isEmpty() || module.get().step(h.getStepId()).isEmpty()) {
            return Optional.empty(); // the content changed since: nothing left to show
        }
        Module m = module.get();
        String name = accounts.findById(h.getLearnerId()).map(AuthenticatedAccount::displayName).orElse("?");
        return Optional.of(new HelpRequestView(h.getId(), h.getLearnerId(), name, m.title(), m.indexOf(h.getStepId()) + 1,
                m.steps().size(), m.step(h.getStepId()).orElseThrow().title(), h.getCreatedAt(), h.getMessage(), h.getAnswer()));
    }
}

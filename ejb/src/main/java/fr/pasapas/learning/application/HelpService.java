package fr.pasapas.learning.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.application.UnknownContentException;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.learning.domain.HelpRequest;
import fr.pasapas.learning.domain.HelpRequestRepository;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.LearnerLock;
import fr.pasapas.people.domain.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Je suis bloqué": learners ask for help on a step, with an optional short message; trainers of their
 * organisation answer in writing and close requests; the learner reads the answer on their next page.
 */
@Stateless
public class HelpService {

    @Inject
    private HelpRequestRepository requests;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private AccountService accounts;

    @Inject
    private LearnerLock learnerLock;

    @EJB
    private GroupService groups;

    @EJB
    private HelpInbox inbox;

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
        Module module = catalogue.moduleOpenTo(moduleId, false)
                .orElseThrow(() -> new UnknownContentException("No module " + moduleId));
        module.step(stepId).orElseThrow(() -> new UnknownContentException("No step " + stepId + " in " + moduleId));
        AuthenticatedAccount learner = accounts.findById(learnerId).orElseThrow();
        if (!learner.has(Role.LEARNER)) {
            // Staff following a course ask their coordinator, not the help queue of their own learners.
            throw new InvalidAnswerException("Only learners ask their trainers for help");
        }
        learnerLock.lock(learnerId);
        if (isOpen(learnerId, moduleId, stepId)) {
            return;
        }
        requests.add(new HelpRequest(learnerId, learner.organisationId(), moduleId, stepId, words,
                groups.trainerFor(learnerId, moduleId).orElse(null), clock.instant()));
    }

    public boolean isOpen(long learnerId, String moduleId, String stepId) {
        return requests.isOpen(learnerId, moduleId, stepId);
    }

    /**
     * Requests of an organisation that are not closed (waiting first, then answered), oldest first: two
     * queries (the requests, the learners' names) however many requests wait.
     */
    public List<HelpRequestView> openRequests(long organisationId) {
        List<HelpRequest> inbox = requests.inbox(organisationId);
        if (inbox.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = accounts.learnersOf(organisationId).stream()
                .collect(Collectors.toMap(AuthenticatedAccount::id, AuthenticatedAccount::displayName));
        return inbox.stream()
                .map(h -> toView(h, names.getOrDefault(h.getLearnerId(), "?"))).flatMap(Optional::stream)
                .sorted(Comparator.comparing(HelpRequestView::answered))
                .toList();
    }

    /**
     * A trainer's written answer to a request of their organisation (1 to 1000 characters), through the inbox
     * ({@link HelpInbox#answer}: checked against the caller's organisation, recorded in the audit log); a request
     * of another organisation, or a closed one, is left alone. Returns false when nothing was saved.
     *
     * @param organisationId the caller's organisation (the inbox reads it from the caller itself)
     */
    public boolean answer(long requestId, long organisationId, long staffId, String text) {
        try {
            inbox.answer(requestId, text);
            return true;
        } catch (HelpInboxException e) {
            return false;
        }
    }

    /** Marks a request of the caller's organisation as dealt with; another organisation's is left alone. */
    public void resolve(long requestId, long organisationId, long staffId) {
        try {
            inbox.close(requestId);
        } catch (HelpInboxException e) {
            // unknown in the caller's organisation: nothing to close
        }
    }

    /** The answers the learner has not read yet, oldest first; they count as read once returned. */
    public List<HelpAnswer> takeUnreadAnswers(long learnerId) {
        List<HelpRequest> unread = requests.unreadAnswers(learnerId);
        if (unread.isEmpty()) {
            return List.of();
        }
        requests.markAnswersSeen(learnerId, unread.stream().map(HelpRequest::getId).toList(), clock.instant());
        return unread.stream().map(this::toAnswer).flatMap(Optional::stream).toList();
    }

    /** The last answer written to the learner about a step, if any (shown on that step). */
    public Optional<HelpAnswer> answerOn(long learnerId, String moduleId, String stepId) {
        return requests.latestAnswered(learnerId, moduleId, stepId).flatMap(this::toAnswer);
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

    private Optional<HelpRequestView> toView(HelpRequest h, String learnerName) {
        Optional<Module> module = catalogue.module(h.getModuleId());
        if (module.isEmpty() || module.get().step(h.getStepId()).isEmpty()) {
            return Optional.empty(); // the content changed since: nothing left to show
        }
        Module m = module.get();
        return Optional.of(new HelpRequestView(h.getId(), h.getLearnerId(), learnerName, m.title(), m.indexOf(h.getStepId()) + 1,
                m.steps().size(), m.step(h.getStepId()).orElseThrow().title(), h.getCreatedAt(), h.getMessage(), h.getAnswer()));
    }
}

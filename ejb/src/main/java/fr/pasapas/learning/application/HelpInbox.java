package fr.pasapas.learning.application;

import fr.pasapas.catalogue.application.CatalogueService;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.learning.domain.HelpRequest;
import fr.pasapas.learning.domain.HelpRequestRepository;
import fr.pasapas.learning.domain.InboxQuery;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuditLog;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.domain.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The staff's help inbox: the "Je suis bloqué" requests of the caller's organisation, answered in writing,
 * closed and reopened. Every method works on the caller's organisation only; another organisation's request is
 * refused exactly like one that does not exist. A trainer may list only the requests assigned to them (or to
 * nobody yet); coordinators and admins list their organisation's.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class HelpInbox {

    @Inject
    private HelpRequestRepository requests;

    @EJB
    private AccountService accounts;

    @EJB
    private GroupService groups;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** A page of the inbox, from {@code first} (0-based), at most {@code max} rows: three queries. */
    public InboxPage page(InboxFilter filter, int first, int max) {
        AuthenticatedAccount caller = caller();
        InboxQuery query = new InboxQuery(caller.organisationId(), filter.status(),
                filter.mine() && onlyTrainer() ? caller.id() : null, members(filter.workshopId(), caller));
        long total = requests.count(query);
        List<HelpRequest> page = total == 0 ? List.of() : requests.inbox(query, first, max);
        return new InboxPage(rows(page), total);
    }

    /**
     * The requests waiting for an answer that concern the caller, for the count on every staff page: a trainer's
     * own (assigned to them or to nobody), the organisation's for a coordinator or an admin. One query.
     */
    public long waitingCount() {
        AuthenticatedAccount caller = caller();
        return requests.count(new InboxQuery(caller.organisationId(), HelpRequest.Status.OPEN,
                onlyTrainer() ? caller.id() : null, null));
    }

    /** One request of the caller's organisation; unknown (or another organisation's): {@code help.inbox.unknown}. */
    public InboxRow request(long requestId) {
        return rows(List.of(own(requestId))).get(0);
    }

    /**
     * Writes (or rewrites) the answer to a request; the learner reads it on their next page. 1 to 1000
     * characters ({@link InvalidAnswerException} otherwise); a closed request takes no answer
     * ({@code help.inbox.closed}). Recorded in the audit log, without the answer's words.
     */
    public void answer(long requestId, String text) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > HelpRequest.MAX_ANSWER) {
            throw new InvalidAnswerException("An answer has 1 to " + HelpRequest.MAX_ANSWER + " characters");
        }
        HelpRequest request = own(requestId);
        if (!request.answer(caller().id(), answer, clock.instant())) {
            throw new HelpInboxException("help.inbox.closed");
        }
        InboxRow row = rows(List.of(request)).get(0);
        audit.record(AuditAction.HELP_ANSWERED, row.learnerName(), row.moduleTitle() + " – " + row.stepTitle());
    }

    /** Closes a request (again: nothing changes). */
    public void close(long requestId) {
        own(requestId).close(caller().id(), clock.instant());
    }

    /**
     * Puts a closed request back on the list. A request without an answer waits again, unless the learner has
     * asked again on the same step since ({@code help.inbox.askedAgain}: that newer request is the one to answer).
     */
    public void reopen(long requestId) {
        HelpRequest request = own(requestId);
        if (request.reopensAsWaiting() && requests.isOpen(request.getLearnerId(), request.getModuleId(), request.getStepId())) {
            throw new HelpInboxException("help.inbox.askedAgain");
        }
        request.reopen();
    }

    private HelpRequest own(long requestId) {
        return requests.byId(requestId).filter(r -> r.getOrganisationId() == caller().organisationId())
                .orElseThrow(() -> new HelpInboxException("help.inbox.unknown"));
    }

    /** Only a trainer: a coordinator or an admin always sees the organisation's requests. */
    private boolean onlyTrainer() {
        return session.isCallerInRole("TRAINER") && !session.isCallerInRole("PARTNER") && !session.isCallerInRole("ADMIN");
    }

    private Collection<Long> members(Long workshopId, AuthenticatedAccount caller) {
        if (workshopId == null) {
            return null;
        }
        if (groups.namesOf(caller.organisationId()).stream().noneMatch(w -> w.id() == workshopId)) {
            throw new HelpInboxException("help.inbox.unknownWorkshop");
        }
        return groups.learners(caller.organisationId(), workshopId, 0, Integer.MAX_VALUE).stream()
                .map(AuthenticatedAccount::id).toList();
    }

    /** The rows of these requests, with every name read in one query. */
    private List<InboxRow> rows(List<HelpRequest> page) {
        Set<Long> people = new HashSet<>();
        page.forEach(h -> Stream.of(h.getLearnerId(), h.getAssignedTrainerId(), h.getAnsweredBy())
                .filter(java.util.Objects::nonNull).forEach(people::add));
        Map<Long, String> names = accounts.namesOf(people);
        return page.stream().map(h -> row(h, names)).toList();
    }

    private InboxRow row(HelpRequest h, Map<Long, String> names) {
        Optional<Module> module = catalogue.module(h.getModuleId());
        var step = module.flatMap(m -> m.step(h.getStepId()));
        // content removed since the request: its ids stand in for its titles
        String moduleTitle = module.map(Module::title).orElse(h.getModuleId());
        String stepTitle = step.map(s -> s.title()).orElse(h.getStepId());
        int number = step.isPresent() ? module.get().indexOf(h.getStepId()) + 1 : 0;
        int total = module.map(m -> m.steps().size()).orElse(0);
        return new InboxRow(h.getId(), h.getLearnerId(), names.getOrDefault(h.getLearnerId(), "?"), h.getModuleId(),
                moduleTitle, h.getStepId(), number, total, stepTitle, h.getCreatedAt(), h.getMessage(), h.getStatus(),
                h.getAssignedTrainerId() == null ? null : names.get(h.getAssignedTrainerId()), h.getAnswer(),
                h.getAnsweredBy() == null ? null : names.get(h.getAnsweredBy()));
    }

    private AuthenticatedAccount caller() {
        return accounts.caller();
    }
}

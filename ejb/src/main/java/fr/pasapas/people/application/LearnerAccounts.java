package fr.pasapas.people.application;

import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.Organisation;
import fr.pasapas.people.domain.PersonName;
import fr.pasapas.people.domain.Role;
import fr.pasapas.people.domain.Usernames;
import fr.pasapas.security.SecretHash;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Learner accounts, for the staff of their organisation: a coordinator enrols learners; a coordinator, or a
 * trainer for the learners of their workshops ({@link StaffScope}), gives a new PIN and lifts a lock. Another
 * organisation's learner, or one the trainer does not follow, is refused exactly like one that does not exist.
 * A PIN is returned once, in clear, and stored only hashed.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class LearnerAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The length of the account's display name column. */
    private static final int MAX_DISPLAY_NAME = 120;

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AccountService accounts;

    @Inject
    private LearnerLock learnerLock;

    @EJB
    private AuditLog audit;

    @EJB
    private StaffScope scope;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    private final Clock clock = Clock.systemUTC();

    /** A new learner in the caller's organisation, with a readable username and a PIN to give them. */
    @RolesAllowed({"PARTNER", "ADMIN"})
    public LearnerCredentials create(String firstName, String lastName) {
        String first = PersonName.clean(firstName).orElseThrow(() -> new LearnerAccountException("learners.error.firstName"));
        String last = PersonName.clean(lastName).orElseThrow(() -> new LearnerAccountException("learners.error.lastName"));
        if (first.length() + 1 + last.length() > MAX_DISPLAY_NAME) {
            throw new LearnerAccountException("learners.error.tooLong");
        }
        AuthenticatedAccount caller = caller();
        // one creation at a time in an organisation: two staff members typing the same name at the same moment
        // get two usernames, not a unique-key error
        em.find(Organisation.class, caller.organisationId(), LockModeType.PESSIMISTIC_WRITE);
        String username = Usernames.generate(first, last, u -> accounts.findByUsername(u).isPresent(), RANDOM);
        String pin = Usernames.pin(RANDOM);
        Account learner = new Account(em.getReference(Organisation.class, caller.organisationId()), username,
                first + " " + last, Role.LEARNER, secretHash.generate(pin.toCharArray()), false, clock.instant());
        em.persist(learner);
        em.flush();
        audit.record(AuditAction.LEARNER_CREATED, learner.getDisplayName(), username);
        return new LearnerCredentials(learner.getId(), learner.getDisplayName(), username, pin);
    }

    /** A new PIN for a learner of the caller's organisation; their failed logins and lock are forgotten. */
    public LearnerCredentials resetPin(long learnerId) {
        ownLearner(learnerId);
        learnerLock.lock(learnerId); // the learner's writes in turn: a login failing meanwhile waits, never conflicts
        Account learner = ownLearner(learnerId);
        em.refresh(learner);
        String pin = Usernames.pin(RANDOM);
        learner.replaceSecret(secretHash.generate(pin.toCharArray()));
        audit.record(AuditAction.PIN_RESET, learner.getDisplayName(), learner.getUsername());
        return new LearnerCredentials(learner.getId(), learner.getDisplayName(), learner.getUsername(), pin);
    }

    /** Lets a learner of the caller's organisation log in again at once. */
    public void unlock(long learnerId) {
        ownLearner(learnerId);
        learnerLock.lock(learnerId);
        Account learner = ownLearner(learnerId);
        em.refresh(learner);
        learner.unlock();
        audit.record(AuditAction.ACCOUNT_UNLOCKED, learner.getDisplayName(), learner.getUsername());
    }

    /** The learners the caller follows (their organisation's, or a trainer's workshops'), by name. */
    public List<LearnerSummary> learners() {
        Instant now = clock.instant();
        var query = scope.seesWholeOrganisation()
                ? em.createNamedQuery("Account.byOrganisationAndRole", Account.class).setParameter("role", Role.LEARNER)
                : em.createNamedQuery("Account.ofWorkshopsLedBy", Account.class).setParameter("trainerId", caller().id());
        return query.setParameter("organisationId", caller().organisationId())
                .getResultStream()
                .map(a -> new LearnerSummary(a.getId(), a.getDisplayName(), a.getUsername(), a.isLocked(now)))
                .toList();
    }

    private Account ownLearner(long learnerId) {
        if (!scope.mayFollow(learnerId)) {
            throw new LearnerAccountException("learners.error.unknown");
        }
        return em.find(Account.class, learnerId);
    }

    private AuthenticatedAccount caller() {
        return accounts.findByUsername(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("The caller has no account"));
    }
}

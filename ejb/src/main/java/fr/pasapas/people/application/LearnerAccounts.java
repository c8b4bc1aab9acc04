package fr.pasapas.people.application;

import fr.pasapas.config.PlatformTime;
import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.LearnerProfile;
import fr.pasapas.people.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Learner accounts, for the staff of their organisation: a coordinator enrols learners; a coordinator, or a
 * trainer for the learners of their workshops ({@link StaffScope}), edits one, gives a new PIN, lifts a lock,
 * deactivates and reactivates it. Every change is in the audit log, in the same transaction. Another
 * organisation's learner, or one the trainer does not follow, is refused exactly like one that does not exist.
 * A PIN is returned once, in clear, and stored only hashed.
 */
@Stateless
@RolesAllowed({"TRAINER", "PARTNER", "ADMIN"})
public class LearnerAccounts {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;


    @EJB
    private AccountService accounts;

    @Inject
    private LearnerLock learnerLock;

    @EJB
    private AuditLog audit;

    @EJB
    private StaffScope scope;

    @Inject
    private NewLearners newLearners;

    @EJB
    private GroupService groups;

    private final Clock clock = Clock.systemUTC();

    /** A new learner in the caller's organisation, with a readable username and a PIN to give them. */
    @RolesAllowed({"PARTNER", "ADMIN"})
    public LearnerCredentials create(String firstName, String lastName) {
        return create(new LearnerProfile(firstName, lastName, null, null, null, null, false, false, false), null);
    }

    /**
     * A new learner in the caller's organisation as the enrolment form describes them, a member of one of its
     * workshops when {@code workshopId} is not null; their username and a PIN to give them once.
     */
    @RolesAllowed({"PARTNER", "ADMIN"})
    public LearnerCredentials create(LearnerProfile profile, Long workshopId) {
        check(profile);
        AuthenticatedAccount caller = caller();
        String workshop = workshopId == null ? null : groups.namesOf(caller.organisationId()).stream()
                .filter(g -> g.id() == workshopId).map(GroupName::name).findFirst()
                .orElseThrow(() -> new LearnerAccountException("learners.error.workshop"));
        NewLearners.Pin pin = newLearners.pin(); // the slow hash before the lock
        newLearners.lockOrganisation(caller.organisationId());
        Account learner = newLearners.create(caller.organisationId(), profile, pin);
        if (workshopId != null) {
            groups.join(workshopId, caller.organisationId(), Set.of(learner.getId()));
        }
        audit.record(AuditAction.LEARNER_CREATED, learner.getDisplayName(),
                learner.getUsername() + (workshop == null ? "" : " – " + workshop));
        return new LearnerCredentials(learner.getId(), learner.getDisplayName(), learner.getUsername(), pin.clear());
    }

    /** A learner of the caller's organisation as the edit form shows them. */
    public LearnerDetails details(long learnerId) {
        Account learner = ownLearner(learnerId);
        String name = learner.getDisplayName();
        int space = name.lastIndexOf(' ');
        // the display name is "first last": cut at its last space, the two fields give the same name back
        LearnerProfile profile = new LearnerProfile(space < 0 ? name : name.substring(0, space),
                space < 0 ? "" : name.substring(space + 1), learner.getBirthYear(), learner.getPhone(), learner.getEmail(),
                learner.getLanguage(), learner.isBiggerText(), learner.isHighContrast(), learner.isReadAloud(),
                learner.getPrintName());
        return new LearnerDetails(learner.getId(), learner.getUsername(), profile, learner.isDeactivated());
    }

    /**
     * Changes a learner's name and details. Certificates already issued keep the name they were issued with (they
     * copy it), until they are issued again.
     */
    public void update(long learnerId, LearnerProfile profile) {
        check(profile);
        Account learner = lockedOwnLearner(learnerId);
        String before = learner.getDisplayName();
        LearnerProfile was = details(learnerId).profile();
        learner.describe(profile);
        if (!before.equals(learner.getDisplayName())) {
            audit.record(AuditAction.NAME_CHANGED, learner.getDisplayName(), before + " → " + learner.getDisplayName());
        }
        if (!sameDetails(was, profile.cleaned())) {
            audit.record(AuditAction.LEARNER_DETAILS_CHANGED, learner.getDisplayName(), learner.getUsername());
        }
    }

    /** The learner can no longer log in (the same refusal as a wrong PIN); their data stays. Again: no change. */
    public void deactivate(long learnerId) {
        Account learner = lockedOwnLearner(learnerId);
        if (!learner.isDeactivated()) {
            learner.deactivate(clock.instant());
            audit.record(AuditAction.ACCOUNT_DEACTIVATED, learner.getDisplayName(), learner.getUsername());
        }
    }

    /** The learner can log in again with the same PIN. Again: no change. */
    public void reactivate(long learnerId) {
        Account learner = lockedOwnLearner(learnerId);
        if (learner.isDeactivated()) {
            learner.reactivate();
            audit.record(AuditAction.ACCOUNT_REACTIVATED, learner.getDisplayName(), learner.getUsername());
        }
    }

    private void check(LearnerProfile profile) {
        List<String> problems = profile.problems(PlatformTime.today(clock).getYear());
        if (!problems.isEmpty()) {
            throw new LearnerAccountException(problems.get(0));
        }
    }

    private static boolean sameDetails(LearnerProfile a, LearnerProfile b) {
        return Objects.equals(a.birthYear(), b.birthYear()) && Objects.equals(a.phone(), b.phone())
                && Objects.equals(a.email(), b.email()) && Objects.equals(a.language(), b.language())
                && a.biggerText() == b.biggerText() && a.highContrast() == b.highContrast() && a.readAloud() == b.readAloud()
                && Objects.equals(a.printName(), b.printName());
    }

    /** A learner of the caller's organisation, under their write lock, as stored now. */
    private Account lockedOwnLearner(long learnerId) {
        ownLearner(learnerId);
        learnerLock.lock(learnerId);
        Account learner = ownLearner(learnerId);
        em.refresh(learner);
        return learner;
    }

    /** A new PIN for a learner of the caller's organisation; their failed logins and lock are forgotten. */
    public LearnerCredentials resetPin(long learnerId) {
        ownLearner(learnerId);
        NewLearners.Pin pin = newLearners.pin(); // the slow hash before the lock
        // the learner's writes in turn: a login failing meanwhile waits, never conflicts
        Account learner = lockedOwnLearner(learnerId);
        learner.replaceSecret(pin.hash());
        audit.record(AuditAction.PIN_RESET, learner.getDisplayName(), learner.getUsername());
        return new LearnerCredentials(learner.getId(), learner.getDisplayName(), learner.getUsername(), pin.clear());
    }

    /** Lets a learner of the caller's organisation log in again at once. */
    public void unlock(long learnerId) {
        Account learner = lockedOwnLearner(learnerId);
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
                .map(a -> new LearnerSummary(a.getId(), a.getDisplayName(), a.getUsername(), a.isLocked(now),
                        a.isDeactivated()))
                .toList();
    }

    private Account ownLearner(long learnerId) {
        if (!scope.mayFollow(learnerId)) {
            throw new LearnerAccountException("learners.error.unknown");
        }
        return em.find(Account.class, learnerId);
    }

    private AuthenticatedAccount caller() {
        return accounts.caller();
    }
}

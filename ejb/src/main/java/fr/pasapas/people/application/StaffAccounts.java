package fr.pasapas.people.application;

import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.LoginPolicy;
import fr.pasapas.people.domain.Organisation;
import fr.pasapas.people.domain.PersonName;
import fr.pasapas.people.domain.Role;
import fr.pasapas.people.domain.StaffPasswords;
import fr.pasapas.security.SecretHash;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff of an organisation, for its coordinators: add a trainer or a coordinator (one person may be both),
 * change what they may do, give a new first password. A coordinator acts in their own organisation only; the
 * last coordinator of an organisation cannot lose that role, so an organisation is never left without one.
 */
@Stateless
@RolesAllowed({"PARTNER", "ADMIN"})
public class StaffAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @EJB
    private StaffScope scope;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditLog audit;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    private final Clock clock = Clock.systemUTC();

    /** The trainers and coordinators of the caller's organisation, by name. */
    public List<StaffSummary> staff() {
        return staffOf(scope.caller().organisationId());
    }

    List<StaffSummary> staffOf(long organisationId) {
        Instant now = clock.instant();
        return em.createNamedQuery("Account.staffOf", Account.class).setParameter("organisationId", organisationId)
                .setParameter("staffRoles", Role.ORGANISATION_STAFF).getResultStream()
                .map(a -> new StaffSummary(a.getId(), a.getDisplayName(), a.getUsername(), a.getRoles(), a.isLocked(now)))
                .toList();
    }

    /** A new trainer or coordinator in the caller's organisation, with a first password to give them once. */
    public StaffCredentials create(String displayName, String username, Set<Role> roles) {
        long organisationId = scope.caller().organisationId();
        StaffCredentials created = create(organisationId, displayName, username, roles);
        audit.record(AuditAction.STAFF_CREATED, created.displayName(), created.username() + " " + roleNames(roles));
        return created;
    }

    /** A staff account in any organisation: the admin's, for an organisation's first coordinator. */
    @RolesAllowed("ADMIN")
    public StaffCredentials createIn(long organisationId, String displayName, String username, Set<Role> roles) {
        return create(organisationId, displayName, username, roles);
    }

    private StaffCredentials create(long organisationId, String displayName, String username, Set<Role> roles) {
        String name = PersonName.clean(displayName).orElseThrow(() -> new StaffAccountException("staff.error.name"));
        String login = LoginPolicy.normalizeUsername(username);
        if (!LoginPolicy.isValidUsername(login)) {
            throw new StaffAccountException("staff.error.username");
        }
        Set<Role> wanted = validRoles(roles);
        // one creation at a time in an organisation, and a taken username is told, not a key error
        em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        if (accounts.findByUsername(login).isPresent()) {
            throw new StaffAccountException("staff.error.usernameTaken");
        }
        String password = StaffPasswords.generate(RANDOM);
        Account account = new Account(em.getReference(Organisation.class, organisationId), login, name,
                Role.TRAINER, secretHash.generate(password.toCharArray()), false, clock.instant());
        account.replaceStaffRoles(wanted);
        try {
            em.persist(account); // an identity key: the row is inserted here
            em.flush();
        } catch (PersistenceException e) {
            // the same username created at once in another organisation (whose lock is not this one's)
            if (UniqueKey.violated(e)) {
                throw new StaffAccountException("staff.error.usernameTaken");
            }
            throw e;
        }
        return new StaffCredentials(account.getId(), name, login, password);
    }

    /** A staff member's roles become exactly these; the organisation keeps at least one coordinator. */
    public void changeRoles(long staffId, Set<Role> roles) {
        Set<Role> wanted = validRoles(roles);
        long organisationId = scope.caller().organisationId();
        em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        Account member = ownStaff(staffId, organisationId);
        if (member.getRoles().contains(Role.PARTNER) && !wanted.contains(Role.PARTNER)
                && staffOf(organisationId).stream().filter(StaffSummary::isCoordinator).count() <= 1) {
            throw new StaffAccountException("staff.error.lastCoordinator");
        }
        member.replaceStaffRoles(wanted);
        audit.record(AuditAction.STAFF_ROLES_CHANGED, member.getDisplayName(), roleNames(wanted));
    }

    /** A new first password for a staff member of the caller's organisation, shown once; any lock is lifted. */
    public StaffCredentials resetPassword(long staffId) {
        Account member = ownStaff(staffId, scope.caller().organisationId());
        String password = StaffPasswords.generate(RANDOM);
        member.replaceSecret(secretHash.generate(password.toCharArray()));
        audit.record(AuditAction.PASSWORD_RESET, member.getDisplayName(), member.getUsername());
        return new StaffCredentials(member.getId(), member.getDisplayName(), member.getUsername(), password);
    }

    private Account ownStaff(long staffId, long organisationId) {
        Account member = em.find(Account.class, staffId);
        if (member == null || member.getOrganisation().getId() != organisationId
                || !Role.ORGANISATION_STAFF.contains(member.getRole())) {
            throw new StaffAccountException("staff.error.unknown");
        }
        return member;
    }

    private static Set<Role> validRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || !Role.ORGANISATION_STAFF.containsAll(roles)) {
            throw new StaffAccountException("staff.error.roles");
        }
        return EnumSet.copyOf(roles);
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }
}

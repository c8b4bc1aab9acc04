package fr.pasapas.people.application;

import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.Charter;
import fr.pasapas.people.domain.CharterAcceptance;
import fr.pasapas.people.domain.LoginPolicy;
import fr.pasapas.people.domain.Organisation;
import fr.pasapas.people.domain.Role;
import fr.pasapas.security.SecretHash;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates organisations and accounts. Every creation is idempotent by name or username, so a start-up that
 * seeds the same data twice (a restart, two nodes) creates it once.
 */
@Stateless
public class EnrolmentService {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    private final Clock clock = Clock.systemUTC();

    /** The organisation of this name, created if there is none yet; its id. */
    public long organisation(String name) {
        return em.createNamedQuery("Organisation.byName", Organisation.class).setParameter("name", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Organisation created = new Organisation(name, clock.instant());
                    em.persist(created);
                    em.flush();
                    return created;
                }).getId();
    }

    /**
     * The account with this username, created in the organisation with this secret (a PIN for a learner, a
     * password for staff) if there is none yet; its id. An existing account is left as it is.
     *
     * @param roles a learner's or an admin's one role, or a staff member's trainer and/or coordinator roles
     * @param demo a demo account, refused by a production start
     */
    public long account(long organisationId, String username, String displayName, Set<Role> roles, String secret,
                        boolean demo) {
        String normalized = LoginPolicy.normalizeUsername(username);
        Optional<Account> existing = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", normalized).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Role main = roles.contains(Role.LEARNER) ? Role.LEARNER : roles.contains(Role.ADMIN) ? Role.ADMIN : Role.TRAINER;
        Account created = new Account(em.getReference(Organisation.class, organisationId), normalized, displayName,
                main, secretHash.generate(secret.toCharArray()), demo, clock.instant());
        if (main == Role.TRAINER) {
            created.replaceStaffRoles(roles);
        }
        em.persist(created);
        em.flush();
        return created.getId();
    }

    /** Records that a demo learner has accepted the default charter (version 1), unless already recorded. */
    public void acceptDefaultCharter(long accountId, long organisationId) {
        long found = em.createNamedQuery("CharterAcceptance.count", Long.class).setParameter("accountId", accountId)
                .setParameter("organisationId", organisationId).setParameter("version", Charter.DEFAULT_VERSION)
                .getSingleResult();
        if (found == 0) {
            em.persist(new CharterAcceptance(accountId, organisationId, Charter.DEFAULT_VERSION, clock.instant()));
        }
    }

    public boolean hasAdministrator() {
        return em.createNamedQuery("Account.countByRole", Long.class).setParameter("role", Role.ADMIN).getSingleResult() > 0;
    }

    /** The usernames of demo accounts, which a production platform must not have. */
    public List<String> demoUsernames() {
        return em.createNamedQuery("Account.demoUsernames", String.class).getResultList();
    }
}

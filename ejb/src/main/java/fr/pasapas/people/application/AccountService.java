package fr.pasapas.people.application;

import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.LoginPolicy;
import fr.pasapas.security.SecretHash;
import fr.pasapas.security.SecretHashing;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Checks credentials and looks accounts up. */
@Stateless
public class AccountService {

    private static final String DECOY_HASH = SecretHashing.decoy();

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * Checks a username with its PIN (learners) or password (staff). Every failure looks the same to the
     * caller, whether the username exists, the secret is wrong, the account is locked or deactivated. A stored hash in the
     * legacy format or with other parameters than today's is rewritten once the secret has matched it.
     */
    public Optional<AuthenticatedAccount> authenticate(String username, String secret) {
        String normalized = LoginPolicy.normalizeUsername(username);
        Optional<Account> found = findAccount(normalized);
        if (found.isEmpty() || secret == null || secret.isEmpty()) {
            SecretHashing.verify(secretHash, secret == null ? "" : secret, DECOY_HASH);
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.isLocked(now) || account.isDeactivated()) {
            SecretHashing.verify(secretHash, secret, DECOY_HASH);
            return Optional.empty();
        }
        boolean shapeOk = account.getRole().usesPin() ? LoginPolicy.isValidPin(secret) : !secret.isBlank();
        String stored = account.getSecretHash();
        if (!shapeOk || !SecretHashing.verify(secretHash, secret, stored)) {
            recordFailedLogin(account.getId(), now);
            return Optional.empty();
        }
        if (SecretHashing.needsRehash(stored)) {
            rehash(account.getId(), stored, secret);
        }
        if (account.hasLoginFailures()) {
            em.createNamedQuery("Account.clearFailures").setParameter("id", account.getId()).executeUpdate();
        }
        return Optional.of(toView(account));
    }

    /**
     * Counts a failure and locks the account at the last allowed one, in single statements on the stored
     * counter: two logins at once (two tabs, a double tap) both count, and neither fails on a stale version.
     */
    private void recordFailedLogin(long accountId, Instant now) {
        em.createNamedQuery("Account.countFailure").setParameter("id", accountId).executeUpdate();
        em.createNamedQuery("Account.lockAfterFailures").setParameter("id", accountId)
                .setParameter("max", LoginPolicy.MAX_FAILURES)
                .setParameter("until", now.plus(LoginPolicy.LOCK_DURATION)).executeUpdate();
    }

    /** Replaces a stored hash, unless another login has just replaced it (then both hashes were good). */
    private void rehash(long accountId, String stored, String secret) {
        em.createNamedQuery("Account.replaceSecretHash").setParameter("id", accountId).setParameter("stored", stored)
                .setParameter("hash", secretHash.generate(secret.toCharArray())).executeUpdate();
    }

    /** Keeps the interface language a person chose ("fr" or "en"; anything else is ignored). */
    public void chooseLanguage(long accountId, String language) {
        if ("fr".equals(language) || "en".equals(language)) {
            em.createNamedQuery("Account.chooseLanguage").setParameter("id", accountId).setParameter("language", language)
                    .executeUpdate();
        }
    }

    /**
     * Whether this person chose to show their full name on the public verification page of their certificates;
     * false for an unknown id. One small read by key.
     */
    public boolean showsFullName(long accountId) {
        return em.createNamedQuery("Account.fullNameShown", Boolean.class).setParameter("id", accountId)
                .getResultStream().findFirst().orElse(false);
    }

    /** The caller's choice: their full name (true), or their first name and initial, on verification pages. */
    public void chooseFullNameShown(boolean shown) {
        em.createNamedQuery("Account.chooseFullNameShown").setParameter("id", caller().id()).setParameter("shown", shown)
                .executeUpdate();
    }

    /** The accessibility settings a learner starts with on a new device, as staff chose them at enrolment. */
    public StartSettings startSettings(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? StartSettings.NONE
                : new StartSettings(account.isBiggerText(), account.isHighContrast(), account.isReadAloud());
    }

    /**
     * The account of whoever calls the service that asks (the caller propagates through local calls): the one
     * lookup every service uses instead of reading the principal itself.
     */
    public AuthenticatedAccount caller() {
        return findByUsername(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("The caller has no account"));
    }

    public Optional<AuthenticatedAccount> findByUsername(String username) {
        return findAccount(LoginPolicy.normalizeUsername(username)).map(AccountService::toView);
    }

    public Optional<AuthenticatedAccount> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).map(AccountService::toView);
    }

    /** The learners of an organisation, by display name. */
    public java.util.List<AuthenticatedAccount> learnersOf(long organisationId) {
        return em.createNamedQuery("Account.byOrganisationAndRole", Account.class)
                .setParameter("organisationId", organisationId).setParameter("role", fr.pasapas.people.domain.Role.LEARNER)
                .getResultStream().map(AccountService::toView).toList();
    }

    /** Display names by account id, in one query (ids of no account are left out). */
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createNamedQuery("Account.namesOf", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private Optional<Account> findAccount(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    static AuthenticatedAccount toView(Account a) {
        return new AuthenticatedAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getRoles(),
                a.getOrganisation().getId(), a.getOrganisation().getName(), a.getLanguage(), a.getPrintName());
    }
}

package fr.pasapas.platform;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.config.PlatformSettings;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.Organisation;
import fr.pasapas.people.domain.Role;
import fr.pasapas.security.SecretHash;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Start-up checks and data: refuses production mode on H2 or with demo accounts, seeds the demo data
 * (idempotently) in demo mode, and prints the banner with the address and the demo accounts.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "CatalogueService"})
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @EJB
    private ProgressService progress;

    @EJB
    private CertificateService certificates;

    @EJB
    private GroupService groups;

    @Inject
    @SecretHash
    private Pbkdf2PasswordHash secretHash;

    @PostConstruct
    void start() {
        boolean production = PlatformSettings.productionMode();
        String product = databaseProduct();
        List<String> demoUsernames = em.createNamedQuery("Account.demoUsernames", String.class).getResultList();
        ProductionGuard.refusal(production, product, demoUsernames).ifPresent(reason -> {
            LOG.severe(reason);
            stopServer();
            throw new IllegalStateException(reason);
        });
        if (production) {
            createInitialAdmin();
            LOG.info(() -> "Pas-à-Pas is ready (production mode, " + product + ") at " + PlatformSettings.publicUrl());
            return;
        }
        seedDemo();
        LOG.info(banner(product));
    }

    /**
     * A refused production start stops the whole server, so that a supervisor (systemd, a container) sees
     * the failure instead of a server answering 404 everywhere. Exits from another thread: the deployment
     * thread must not wait for its own shutdown.
     */
    private static void stopServer() {
        Thread exit = new Thread(() -> System.exit(1), "pasapas-refused-start");
        exit.setDaemon(true);
        exit.start();
    }

    private void seedDemo() {
        Organisation organisation = organisation(DemoData.ORGANISATION);
        Instant now = Instant.now();
        for (DemoData.DemoAccount demo : DemoData.accounts()) {
            boolean exists = !em.createNamedQuery("Account.byUsername", Account.class)
                    .setParameter("username", demo.username()).getResultList().isEmpty();
            if (!exists) {
                em.persist(new Account(organisation, demo.username(), demo.displayName(), demo.role(),
                        secretHash.generate(demo.secret().toCharArray()), true, now));
            }
        }
        em.flush();
        Account certified = account(DemoData.CERTIFIED_LEARNER);
        if (certificates.findFor(certified.getId(), DemoData.FIRST_MODULE).isEmpty()) {
            progress.completeWithCorrectAnswers(certified.getId(), DemoData.FIRST_MODULE);
        }
        seedDemoWorkshop(organisation);
    }

    /** The trainer's workshop: learners 1 to 8, with the first modules assigned. */
    private void seedDemoWorkshop(Organisation organisation) {
        boolean exists = groups.groupsOf(organisation.getId()).stream().anyMatch(g -> g.name().equals(DemoData.WORKSHOP));
        if (exists) {
            return;
        }
        long trainer = account("formateur").getId();
        long group = groups.createGroup(organisation.getId(), trainer, DemoData.WORKSHOP);
        Set<Long> members = new HashSet<>();
        for (int i = 1; i <= 8; i++) {
            members.add(account("apprenant" + i).getId());
        }
        groups.setMembers(group, organisation.getId(), members);
        LocalDate today = LocalDate.now(CertificateService.ZONE);
        for (DemoData.DemoAssignment a : DemoData.assignments()) {
            groups.assign(group, organisation.getId(), a.moduleId(), today.plusDays(a.dueInDays()));
        }
    }

    private Account account(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username).getSingleResult();
    }

    private void createInitialAdmin() {
        Long admins = em.createNamedQuery("Account.countByRole", Long.class).setParameter("role", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        PlatformSettings.initialAdminPassword().ifPresentOrElse(password -> {
            em.persist(new Account(organisation("Pas-à-Pas"), "admin", "Administrateur", Role.ADMIN,
                    secretHash.generate(password.toCharArray()), false, Instant.now()));
            LOG.info("Created the first administrator account 'admin' from PASAPAS_ADMIN_PASSWORD.");
        }, () -> LOG.warning("No administrator account yet: set PASAPAS_ADMIN_PASSWORD and restart to create 'admin'."));
    }

    private Organisation organisation(String name) {
        return em.createNamedQuery("Organisation.byName", Organisation.class).setParameter("name", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Organisation created = new Organisation(name, Instant.now());
                    em.persist(created);
                    return created;
                });
    }

    private String banner(String product) {
        Account certified = account(DemoData.CERTIFIED_LEARNER);
        String code = certificates.findFor(certified.getId(), DemoData.FIRST_MODULE).orElseThrow().code();
        String url = PlatformSettings.publicUrl();
        StringBuilder b = new StringBuilder("\n");
        b.append("==================================================================\n");
        b.append(" Pas-à-Pas is ready (demo mode, ").append(product).append(")\n");
        b.append(" Open ").append(url).append('\n');
        b.append("------------------------------------------------------------------\n");
        for (DemoData.DemoAccount a : DemoData.accounts()) {
            String kind = a.role() == Role.LEARNER ? "PIN" : "password";
            b.append(String.format(" %-9s %-12s %-8s %-20s %s%n", a.role(), a.username(), kind, a.secret(),
                    a.username().equals(DemoData.CERTIFIED_LEARNER) ? "(already holds a certificate)" : ""));
        }
        b.append("------------------------------------------------------------------\n");
        b.append(" Demo certificate: ").append(url).append("verify/").append(code).append('\n');
        b.append("==================================================================");
        return b.toString();
    }

    private String databaseProduct() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}

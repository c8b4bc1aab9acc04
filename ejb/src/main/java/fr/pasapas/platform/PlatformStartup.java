package fr.pasapas.platform;

import fr.pasapas.certificates.application.CertificateService;
import fr.pasapas.certificates.application.CertificateView;
import fr.pasapas.config.PlatformSettings;
import fr.pasapas.config.PlatformTime;
import fr.pasapas.learning.application.ProgressService;
import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.application.EnrolmentService;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Start-up checks and data: refuses production mode on H2 or with demo accounts (the deployment fails), seeds
 * the demo data (idempotently) in demo mode through the people and learning services, and prints the banner
 * with the address and the demo accounts.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "CatalogueService"})
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @EJB
    private EnrolmentService enrolment;

    @EJB
    private AccountService accounts;

    @EJB
    private GroupService groups;

    @EJB
    private ProgressService progress;

    @EJB
    private CertificateService certificates;

    @PostConstruct
    void start() {
        boolean production = PlatformSettings.productionMode();
        String product = databaseProduct();
        Optional<String> refusal = ProductionGuard.refusal(production, product, enrolment.demoUsernames());
        if (refusal.isPresent()) {
            // Fails the deployment: the application answers nothing rather than run unsafely.
            LOG.severe(refusal.get());
            throw new IllegalStateException(refusal.get());
        }
        if (production) {
            createInitialAdmin();
            LOG.info(() -> "Pas-à-Pas is ready (production mode, " + product + ") at " + PlatformSettings.publicUrl());
            return;
        }
        seedDemo();
        LOG.info(banner(product));
    }

    private void seedDemo() {
        for (DemoData.DemoAccount demo : DemoData.accounts()) {
            long organisation = enrolment.organisation(demo.organisation());
            long id = enrolment.account(organisation, demo.username(), demo.displayName(), demo.roles(), demo.secret(), true);
            if (demo.roles().contains(Role.LEARNER)) {
                // the demo learners have read the default charter: a demo goes straight to the modules
                enrolment.acceptDefaultCharter(id, organisation);
            }
        }
        long certified = accountId(DemoData.CERTIFIED_LEARNER);
        if (certificates.findFor(certified, DemoData.FIRST_MODULE).isEmpty()) {
            progress.completeWithCorrectAnswers(certified, DemoData.FIRST_MODULE);
        }
        DemoData.workshops().forEach(this::seedDemoWorkshop);
    }

    /** A demo workshop with its learners and assigned modules, unless it exists. */
    private void seedDemoWorkshop(DemoData.DemoWorkshop workshop) {
        long organisation = enrolment.organisation(workshop.organisation());
        boolean exists = groups.groupsOf(organisation).stream().anyMatch(g -> g.name().equals(workshop.name()));
        if (exists) {
            return;
        }
        long group = groups.createGroup(organisation, accountId(workshop.trainer()), workshop.name());
        Set<Long> members = new HashSet<>();
        workshop.learners().forEach(username -> members.add(accountId(username)));
        groups.setMembers(group, organisation, members);
        LocalDate today = PlatformTime.today(Clock.systemUTC());
        for (DemoData.DemoAssignment a : workshop.assignments()) {
            groups.assign(group, organisation, a.moduleId(), today.plusDays(a.dueInDays()));
        }
    }

    private long accountId(String username) {
        return accounts.findByUsername(username).map(AuthenticatedAccount::id)
                .orElseThrow(() -> new IllegalStateException("No demo account " + username));
    }

    private void createInitialAdmin() {
        if (enrolment.hasAdministrator()) {
            return;
        }
        PlatformSettings.initialAdminPassword().ifPresentOrElse(password -> {
            enrolment.account(enrolment.organisation("Pas-à-Pas"), "admin", "Administrateur", Set.of(Role.ADMIN), password,
                    false);
            LOG.info("Created the first administrator account 'admin' from PASAPAS_ADMIN_PASSWORD.");
        }, () -> LOG.warning("No administrator account yet: set PASAPAS_ADMIN_PASSWORD and restart to create 'admin'."));
    }

    private String banner(String product) {
        String code = certificates.findFor(accountId(DemoData.CERTIFIED_LEARNER), DemoData.FIRST_MODULE)
                .map(CertificateView::code).orElseThrow();
        String url = PlatformSettings.publicUrl();
        StringBuilder b = new StringBuilder("\n");
        b.append("==================================================================\n");
        b.append(" Pas-à-Pas is ready (demo mode, ").append(product).append(")\n");
        b.append(" Open ").append(url).append('\n');
        b.append("------------------------------------------------------------------\n");
        for (DemoData.DemoAccount a : DemoData.accounts()) {
            String kind = a.role() == Role.LEARNER ? "PIN" : "password";
            String roles = a.roles().stream().sorted().map(Role::name).collect(Collectors.joining("+"));
            String note = a.username().equals(DemoData.CERTIFIED_LEARNER) ? "(already holds a certificate)"
                    : a.organisation().equals(DemoData.OTHER_ORGANISATION) ? "(" + DemoData.OTHER_ORGANISATION + ")" : "";
            b.append(String.format(" %-14s %-13s %-8s %-23s %s%n", roles, a.username(), kind, a.secret(), note));
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

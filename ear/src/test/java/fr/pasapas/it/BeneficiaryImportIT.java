package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuditLog;
import fr.pasapas.people.application.BeneficiaryImport;
import fr.pasapas.people.application.EnrolmentService;
import fr.pasapas.people.application.GroupService;
import fr.pasapas.people.application.ImportPreview;
import fr.pasapas.people.application.ImportResult;
import fr.pasapas.people.application.ImportRow;
import fr.pasapas.people.application.LearnerAccountException;
import fr.pasapas.people.application.LearnerAccounts;
import fr.pasapas.people.application.LearnerCredentials;
import fr.pasapas.people.domain.LearnerProfile;
import fr.pasapas.people.domain.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import of beneficiaries and the learner account changes, inside the server, as a coordinator of a test
 * organisation: an import creates every line or nothing, «only the valid lines» creates the rest, a learner of
 * another organisation is nobody's duplicate and cannot be touched, a trainer cannot import, a deactivated learner
 * cannot log in. Names carry a random tag so that the test can run again on the same database.
 */
@ExtendWith(ArquillianExtension.class)
class BeneficiaryImportIT {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Deployment
    static EnterpriseArchive application() throws java.io.IOException {
        return Deployments.inContainer(BeneficiaryImportIT.class, AsCoordinator.class, AsOtherCoordinator.class, AsTrainer.class);
    }

    @EJB
    private BeneficiaryImport imports;

    @EJB
    private LearnerAccounts learners;

    @EJB
    private AccountService accounts;

    @EJB
    private EnrolmentService enrolment;

    @EJB
    private GroupService groups;

    @EJB
    private AuditLog audit;

    @EJB
    private AsCoordinator coordinator;

    @EJB
    private AsOtherCoordinator otherCoordinator;

    @EJB
    private AsTrainer trainer;

    private long organisation;
    private long otherOrganisation;
    private String tag;

    @BeforeEach
    void twoOrganisationsWithTheirCoordinators() {
        organisation = enrolment.organisation("Centre social d’import (test)");
        enrolment.account(organisation, AsCoordinator.USERNAME, "Coralie Coordinatrice", java.util.Set.of(Role.PARTNER), "Import-Test-2026", false);
        otherOrganisation = enrolment.organisation("PIMMS voisin (test)");
        enrolment.account(otherOrganisation, AsOtherCoordinator.USERNAME, "Omar Coordinateur", java.util.Set.of(Role.PARTNER), "Import-Test-2026", false);
        SecureRandom random = new SecureRandom();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        tag = letters.toString();
    }

    @Test
    void a_file_with_one_bad_line_creates_nothing_unless_the_coordinator_chooses_the_valid_lines_only() {
        String workshop = "Atelier import " + tag;
        long workshopId = coordinator.call(() -> groups.createGroup(organisation,
                accounts.findByUsername(AsCoordinator.USERNAME).orElseThrow().id(), workshop));
        byte[] file = ("Nom;Prénom;Date de naissance;Courriel;Atelier\r\n"
                + "LEFÈVRE" + tag + ";Hélène;12/03/1948;;" + workshop.toUpperCase() + "\r\n"
                + "O’CONNOR" + tag + ";Brigitte;1950;pas-une-adresse;\r\n"
                + "DIALLO" + tag + ";Mamadou;;;\r\n").getBytes(WINDOWS_1252);
        int before = accounts.learnersOf(organisation).size();
        long auditBefore = coordinator.call(audit::countOwnOrganisation);

        ImportPreview preview = coordinator.call(() -> imports.preview("inscrits.csv", file));
        assertEquals("windows-1252", preview.charset());
        assertEquals(List.of(true, false, true), preview.rows().stream().map(ImportRow::valid).toList());
        LearnerAccountException refused = assertThrows(LearnerAccountException.class,
                () -> coordinator.call(() -> imports.importFile("inscrits.csv", file, false)));
        assertEquals("import.error.notAllValid", refused.messageKey());
        assertEquals(before, accounts.learnersOf(organisation).size(), "all or nothing: one bad line, no account");
        assertEquals(auditBefore, coordinator.call(audit::countOwnOrganisation), "and no line in the audit log");

        ImportResult result = coordinator.call(() -> imports.importFile("inscrits.csv", file, true));
        assertEquals(2, result.created().size());
        assertEquals(1, result.leftOut());
        assertEquals(before + 2, accounts.learnersOf(organisation).size());
        LearnerCredentials helene = result.created().get(0);
        assertEquals("Hélène LEFÈVRE" + tag, helene.displayName());
        assertTrue(accounts.authenticate(helene.username(), helene.pin()).isPresent(), "the PIN shown logs in");
        assertTrue(groups.group(workshopId, organisation).learnerIds().contains(helene.learnerId()),
                "the line naming the workshop (in capitals) joined it");
        assertEquals(auditBefore + 3, coordinator.call(audit::countOwnOrganisation), "two creations and the import");

        ImportPreview again = coordinator.call(() -> imports.preview("inscrits.csv", file));
        assertEquals(List.of(true, false, true), again.rows().stream().map(ImportRow::alreadyLearner).toList(),
                "the second time, the imported lines are already learners");
        LearnerAccountException nothing = assertThrows(LearnerAccountException.class,
                () -> coordinator.call(() -> imports.importFile("inscrits.csv", file, true)));
        assertEquals("import.error.nothing", nothing.messageKey());
    }

    @Test
    void a_learner_of_another_organisation_is_no_duplicate_and_is_refused_like_one_that_does_not_exist() {
        LearnerCredentials elsewhere = otherCoordinator.call(() -> learners.create(
                new LearnerProfile("Nadia", "BENALI" + tag, 1977, null, null, "fr", true, false, true), null));
        ImportPreview preview = coordinator.call(() -> imports.preview("a.csv",
                ("Nom;Prénom;Année de naissance\nBenali" + tag + ";Nadia;1977\n").getBytes(WINDOWS_1252)));
        assertTrue(preview.canImportAll(), "the same name in another organisation is another person: " + preview.rows());

        for (Runnable change : List.<Runnable>of(() -> learners.deactivate(elsewhere.learnerId()),
                () -> learners.resetPin(elsewhere.learnerId()), () -> learners.details(elsewhere.learnerId()))) {
            LearnerAccountException refused = assertThrows(LearnerAccountException.class,
                    () -> coordinator.call(() -> { change.run(); return null; }));
            assertEquals("learners.error.unknown", refused.messageKey());
        }
        assertTrue(accounts.authenticate(elsewhere.username(), elsewhere.pin()).isPresent(), "and nothing changed");
        assertTrue(accounts.startSettings(elsewhere.learnerId()).readAloud(), "the settings chosen at enrolment are kept");
    }

    @Test
    void a_deactivated_learner_cannot_log_in_keeps_everything_and_logs_in_again_once_reactivated() {
        LearnerCredentials zoe = coordinator.call(() -> learners.create(
                new LearnerProfile("Zoé", "PETIT" + tag, null, "06 00 00 00 09", null, null, false, false, false), null));
        coordinator.call(() -> { learners.deactivate(zoe.learnerId()); return null; });
        coordinator.call(() -> { learners.deactivate(zoe.learnerId()); return null; }); // a double click: no error
        assertTrue(accounts.authenticate(zoe.username(), zoe.pin()).isEmpty(), "the right PIN no longer logs in");
        assertTrue(coordinator.call(learners::learners).stream().anyMatch(l -> l.id() == zoe.learnerId() && l.deactivated()),
                "the list shows the learner as deactivated");
        coordinator.call(() -> { learners.update(zoe.learnerId(),
                new LearnerProfile("Zoé", "PETIT-MARTIN" + tag, 1980, null, null, "en", false, false, false)); return null; });
        coordinator.call(() -> { learners.reactivate(zoe.learnerId()); return null; });
        var back = accounts.authenticate(zoe.username(), zoe.pin());
        assertTrue(back.isPresent(), "reactivated: the same PIN logs in");
        assertEquals("Zoé PETIT-MARTIN" + tag, back.get().displayName());
        assertEquals("en", back.get().language());
    }

    @Test
    void a_trainer_cannot_import_a_file() {
        byte[] file = "Nom;Prénom\nMARTIN;Léa\n".getBytes(WINDOWS_1252);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> trainer.call(() -> imports.preview("a.csv", file)));
        assertTrue(causedBy(refused, EJBAccessException.class), "a trainer is refused by the service: " + refused);
        assertFalse(causedBy(assertThrows(RuntimeException.class,
                () -> trainer.call(() -> imports.importFile("a.csv", file, true))), LearnerAccountException.class));
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

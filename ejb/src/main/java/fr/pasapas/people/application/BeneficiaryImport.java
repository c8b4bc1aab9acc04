package fr.pasapas.people.application;

import fr.pasapas.config.PlatformTime;
import fr.pasapas.people.domain.Account;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.people.domain.PersonIndex;
import fr.pasapas.people.domain.PersonKey;
import fr.pasapas.people.domain.Role;
import fr.pasapas.people.infrastructure.csv.BeneficiaryCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a coordinator's file of beneficiaries into their organisation: first a preview of every line (nothing
 * written), then the import itself, which reads and checks the file again under the organisation's lock (the
 * preview is never trusted). An import creates every line or nothing, in one transaction; only when the
 * coordinator asks for it explicitly does it create the valid lines and leave the others out.
 */
@Stateless
@RolesAllowed({"PARTNER", "ADMIN"})
public class BeneficiaryImport {

    /** The largest file read: a bigger one is refused with its own message (read this much and one byte more). */
    public static final int MAX_BYTES = BeneficiaryCsv.MAX_BYTES;

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;


    @EJB
    private AccountService accounts;

    @EJB
    private GroupService groups;

    @EJB
    private AuditLog audit;

    @Inject
    private NewLearners newLearners;

    private final Clock clock = Clock.systemUTC();

    /** What importing this file would do in the caller's organisation. Writes nothing. */
    public ImportPreview preview(String fileName, byte[] file) {
        return plan(caller().organisationId(), fileName, file);
    }

    /**
     * Creates the accounts of the file's lines: all of them, or nothing when a line has a problem; with
     * {@code onlyValidLines}, the valid lines only (at least one). The new usernames and PINs are returned once.
     *
     * @throws LearnerAccountException (nothing written) when the file cannot be imported this way
     */
    public ImportResult importFile(String fileName, byte[] file, boolean onlyValidLines) {
        long organisationId = caller().organisationId();
        ImportPreview first = plan(organisationId, fileName, file);
        refuseIfNotImportable(first, onlyValidLines);
        List<NewLearners.Pin> pins = new ArrayList<>(newLearners.pins(first.validCount())); // slow: before the lock
        newLearners.lockOrganisation(organisationId);
        ImportPreview plan = plan(organisationId, fileName, file); // again, under the lock: what counts
        refuseIfNotImportable(plan, onlyValidLines);
        List<LearnerCredentials> created = new ArrayList<>();
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        for (ImportRow row : plan.validRows()) {
            NewLearners.Pin pin = pins.isEmpty() ? newLearners.pin() : pins.remove(pins.size() - 1);
            Account learner = newLearners.create(organisationId, ImportPlan.profile(row.person()), pin);
            if (row.workshopId() != null) {
                members.computeIfAbsent(row.workshopId(), id -> new ArrayList<>()).add(learner.getId());
            }
            audit.record(AuditAction.LEARNER_CREATED, learner.getDisplayName(), learner.getUsername());
            created.add(new LearnerCredentials(learner.getId(), learner.getDisplayName(), learner.getUsername(), pin.clear()));
        }
        members.forEach((workshop, learners) -> groups.join(workshop, organisationId, learners));
        int leftOut = plan.rows().size() - created.size();
        audit.record(AuditAction.LEARNERS_IMPORTED, fileName == null ? "" : fileName,
                created.size() + " / " + plan.rows().size());
        return new ImportResult(created, leftOut);
    }

    private static void refuseIfNotImportable(ImportPreview plan, boolean onlyValidLines) {
        if (!plan.fileProblems().isEmpty()) {
            throw new LearnerAccountException("import.error.file");
        }
        if (plan.tooMany()) {
            throw new LearnerAccountException("import.error.tooMany");
        }
        if (plan.validCount() == 0) {
            throw new LearnerAccountException("import.error.nothing");
        }
        if (!onlyValidLines && !plan.canImportAll()) {
            throw new LearnerAccountException("import.error.notAllValid");
        }
    }

    private ImportPreview plan(long organisationId, String fileName, byte[] file) {
        BeneficiaryCsv.Reading reading = BeneficiaryCsv.read(file, PlatformTime.today(clock).getYear());
        PersonIndex<ImportPlan.Known> learners = new PersonIndex<>();
        em.createNamedQuery("Account.learnerKeys", Object[].class).setParameter("organisationId", organisationId)
                .setParameter("role", Role.LEARNER).getResultStream()
                .forEach(r -> learners.add(PersonKey.ofDisplayName((String) r[0], (Integer) r[2]),
                        new ImportPlan.Known((String) r[0], (String) r[1])));
        return new ImportPlan(learners, groups.namesOf(organisationId)).preview(fileName, reading);
    }

    private AuthenticatedAccount caller() {
        return accounts.caller();
    }
}

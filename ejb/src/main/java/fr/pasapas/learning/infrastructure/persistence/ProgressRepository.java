package fr.pasapas.learning.infrastructure.persistence;

import fr.pasapas.learning.domain.ModuleProgress;
import fr.pasapas.learning.domain.StepAnswer;
import fr.pasapas.learning.domain.StepProgress;
import fr.pasapas.learning.domain.StepStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Progress rows, written without conflicts by design. Each writing use case first takes the learner's write
 * lock ({@link #lockLearner}): one learner's requests (two tabs, a double tap, a tablet that resends) are
 * written one after the other, so a row is inserted only if absent and never twice. Changes are single
 * statements on the database's current values ("last seen", "current step", attempts + 1, time + n): no
 * version-checked read-modify-write, so nothing can fail with a stale version and nothing is retried.
 * Reads that follow a write in the same transaction are scalar queries, never stale managed entities.
 * Both databases run READ COMMITTED (H2's default, set for MariaDB in wildfly-config), and the existence
 * checks made under the lock are locking reads, so they see what the previous request committed.
 */
@ApplicationScoped
public class ProgressRepository {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    /**
     * Serialises the writes of one learner until the end of the transaction (a row lock on the learner's
     * account). Other learners are not held up.
     */
    public void lockLearner(long learnerId) {
        em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                .setParameter(1, learnerId).getResultList();
    }

    /** Records that the learner is on a step of a module: inserts the module's row if absent, else moves it. */
    public void moveTo(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
        if (!moveToIfPresent(learnerId, moduleId, stepId, contentVersion, now)) {
            em.persist(new ModuleProgress(learnerId, moduleId, contentVersion, stepId, now));
            em.flush();
        }
    }

    /** Moves the learner's row of a module to a step, in one statement; false when the row does not exist yet. */
    public boolean moveToIfPresent(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
        return em.createQuery("update ModuleProgress p set p.currentStepId = :stepId, p.contentVersion = :version,"
                        + " p.lastActivityAt = :now where p.learnerId = :learnerId and p.moduleId = :moduleId")
                .setParameter("stepId", stepId).setParameter("version", contentVersion).setParameter("now", now)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .executeUpdate() == 1;
    }

    /** Inserts the step's row, status seen, if the learner never opened the step. */
    public void ensureStep(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
        boolean exists = !em.createQuery("select s from StepProgress s where s.learnerId = :learnerId"
                        + " and s.moduleId = :moduleId and s.stepId = :stepId", StepProgress.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
        if (!exists) {
            em.persist(new StepProgress(learnerId, moduleId, stepId, contentVersion, now));
            em.flush();
        }
    }

    /** An explanation read to the end: done (once), plus the time on screen. */
    public void markDone(long learnerId, String moduleId, String stepId, long seconds, Instant now) {
        em.createQuery("update StepProgress s set s.timeSpentSeconds = s.timeSpentSeconds + :seconds,"
                        + " s.completedAt = case when s.status = :done then s.completedAt else :now end,"
                        + " s.status = :done"
                        + " where s.learnerId = :learnerId and s.moduleId = :moduleId and s.stepId = :stepId")
                .setParameter("seconds", StepProgress.countedSeconds(seconds)).setParameter("now", now)
                .setParameter("done", StepStatus.DONE)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .executeUpdate();
    }

    /** One more answer: attempts + 1; right, the step is done; wrong, it fails unless it was done before. */
    public void recordAnswer(long learnerId, String moduleId, String stepId, boolean correct, long seconds, Instant now) {
        em.createQuery("update StepProgress s set s.attempts = s.attempts + 1,"
                        + " s.timeSpentSeconds = s.timeSpentSeconds + :seconds,"
                        + " s.completedAt = case when s.status = :done then s.completedAt when :correct = true then :now else s.completedAt end,"
                        + " s.status = case when s.status = :done then s.status when :correct = true then :done else :failed end"
                        + " where s.learnerId = :learnerId and s.moduleId = :moduleId and s.stepId = :stepId")
                .setParameter("seconds", StepProgress.countedSeconds(seconds)).setParameter("now", now)
                .setParameter("correct", correct).setParameter("done", StepStatus.DONE).setParameter("failed", StepStatus.FAILED)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .executeUpdate();
    }

    /** Marks the module completed; true only for the call that completed it. */
    public boolean complete(long learnerId, String moduleId, Instant now) {
        return em.createQuery("update ModuleProgress p set p.completedAt = :now, p.lastActivityAt = :now"
                        + " where p.learnerId = :learnerId and p.moduleId = :moduleId and p.completedAt is null")
                .setParameter("now", now).setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .executeUpdate() == 1;
    }

    public void saveAnswer(StepAnswer answer) {
        em.persist(answer);
        em.flush();
    }

    public Optional<StepAnswer> answerByToken(long learnerId, String token) {
        return em.createNamedQuery("StepAnswer.byToken", StepAnswer.class)
                .setParameter("learnerId", learnerId).setParameter("token", token)
                .getResultStream().findFirst();
    }

    public Optional<StepAnswer> latestAnswer(long learnerId, String moduleId, String stepId) {
        return em.createNamedQuery("StepAnswer.latest", StepAnswer.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<String> currentStepId(long learnerId, String moduleId) {
        return em.createQuery("select p.currentStepId from ModuleProgress p where p.learnerId = :learnerId"
                        + " and p.moduleId = :moduleId", String.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultStream().findFirst();
    }

    public boolean isCompleted(long learnerId, String moduleId) {
        return !em.createQuery("select p.id from ModuleProgress p where p.learnerId = :learnerId"
                        + " and p.moduleId = :moduleId and p.completedAt is not null", Long.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultList().isEmpty();
    }

    /** A step's status and attempts as the database has them now. */
    public record StepState(StepStatus status, int attempts) {
    }

    /** The learner's steps of a module as the database has them now, by step id. */
    public Map<String, StepState> stepStates(long learnerId, String moduleId) {
        List<Object[]> rows = em.createQuery("select s.stepId, s.status, s.attempts from StepProgress s"
                        + " where s.learnerId = :learnerId and s.moduleId = :moduleId", Object[].class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId)
                .getResultList();
        Map<String, StepState> states = new HashMap<>();
        for (Object[] row : rows) {
            states.put((String) row[0], new StepState((StepStatus) row[1], ((Number) row[2]).intValue()));
        }
        return states;
    }
}

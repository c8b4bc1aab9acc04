package fr.pasapas.learning.infrastructure.persistence;

import fr.pasapas.learning.domain.LearningRecorded;
import fr.pasapas.learning.domain.StepProgress;
import fr.pasapas.learning.domain.StepProgressRecord;
import fr.pasapas.learning.domain.StepProgressRepository;
import fr.pasapas.learning.domain.StepState;
import fr.pasapas.learning.domain.StepStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Step rows with JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaStepProgressRepository implements StepProgressRepository {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    /** What the figures for funders count, told in the writing transaction. */
    @Inject
    private Event<LearningRecorded> recorded;

    @Override
    public List<StepProgressRecord> ofLearners(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("StepProgress.ofLearners", StepProgressRecord.class)
                .setParameter("learnerIds", learnerIds).getResultList();
    }

    /** Inserts the step's row, status seen, if the learner never opened the step. */
    @Override
    public void ensureStep(long learnerId, String moduleId, String stepId, int contentVersion, Instant now) {
        boolean exists = !em.createQuery("select s from StepProgress s where s.learnerId = :learnerId"
                        + " and s.moduleId = :moduleId and s.stepId = :stepId", StepProgress.class)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
        if (!exists) {
            em.persist(new StepProgress(learnerId, moduleId, stepId, contentVersion, now));
            em.flush();
            recorded.fire(LearningRecorded.stepOpened(learnerId, now));
        }
    }

    /** An explanation read to the end: done (once), plus the time on screen. */
    @Override
    public void markDone(long learnerId, String moduleId, String stepId, long seconds, Instant now) {
        int changed = em.createQuery("update StepProgress s set s.timeSpentSeconds = s.timeSpentSeconds + :seconds,"
                        + " s.completedAt = case when s.status = :done then s.completedAt else :now end,"
                        + " s.status = :done"
                        + " where s.learnerId = :learnerId and s.moduleId = :moduleId and s.stepId = :stepId")
                .setParameter("seconds", StepProgress.countedSeconds(seconds)).setParameter("now", now)
                .setParameter("done", StepStatus.DONE)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .executeUpdate();
        timeSpent(changed, learnerId, moduleId, stepId, seconds);
    }

    /** One more answer: attempts + 1; right, the step is done; wrong, it fails unless it was done before. */
    @Override
    public void recordAnswer(long learnerId, String moduleId, String stepId, boolean correct, long seconds, Instant now) {
        int changed = em.createQuery("update StepProgress s set s.attempts = s.attempts + 1,"
                        + " s.timeSpentSeconds = s.timeSpentSeconds + :seconds,"
                        + " s.completedAt = case when s.status = :done then s.completedAt when :correct = true then :now else s.completedAt end,"
                        + " s.status = case when s.status = :done then s.status when :correct = true then :done else :failed end"
                        + " where s.learnerId = :learnerId and s.moduleId = :moduleId and s.stepId = :stepId")
                .setParameter("seconds", StepProgress.countedSeconds(seconds)).setParameter("now", now)
                .setParameter("correct", correct).setParameter("done", StepStatus.DONE).setParameter("failed", StepStatus.FAILED)
                .setParameter("learnerId", learnerId).setParameter("moduleId", moduleId).setParameter("stepId", stepId)
                .executeUpdate();
        timeSpent(changed, learnerId, moduleId, stepId, seconds);
    }

    private void timeSpent(int changed, long learnerId, String moduleId, String stepId, long seconds) {
        int counted = StepProgress.countedSeconds(seconds);
        if (changed == 1 && counted > 0) {
            recorded.fire(LearningRecorded.timeSpent(learnerId, moduleId, stepId, counted));
        }
    }

    /** The learner's steps of a module as the database has them now, by step id. */
    @Override
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

package fr.pasapas.sandbox.infrastructure.persistence;

import fr.pasapas.sandbox.domain.Mode;
import fr.pasapas.sandbox.domain.PracticeRecorded;
import fr.pasapas.sandbox.domain.RunRepository;
import fr.pasapas.sandbox.domain.RunState;
import fr.pasapas.sandbox.domain.StoredAction;
import fr.pasapas.sandbox.domain.StoredRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Runs and actions with JPA (sandbox_run, sandbox_action), in the caller's transaction. */
@ApplicationScoped
public class JpaRunRepository implements RunRepository {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    /** What the figures for funders count, told in the writing transaction. */
    @Inject
    private Event<PracticeRecorded> recorded;

    @Override
    public StoredRun insert(StoredRun run) {
        em.persist(run);
        em.flush();
        recorded.fire(new PracticeRecorded(run.getLearnerId(), PracticeRecorded.What.STARTED, run.getStartedAt()));
        return run;
    }

    @Override
    public Optional<StoredRun> run(long runId) {
        return Optional.ofNullable(em.find(StoredRun.class, runId));
    }

    @Override
    public java.util.Set<Mode> passedModes(long learnerId, String scenarioId) {
        return java.util.Set.copyOf(em.createQuery("select distinct r.mode from StoredRun r where r.learnerId = :learnerId"
                        + " and r.scenarioId = :scenarioId and r.passed = true", Mode.class)
                .setParameter("learnerId", learnerId).setParameter("scenarioId", scenarioId).getResultList());
    }

    @Override
    public Optional<StoredRun> unfinished(long learnerId, String scenarioId, Mode mode) {
        return em.createNamedQuery("StoredRun.unfinished", StoredRun.class)
                .setParameter("learnerId", learnerId).setParameter("scenarioId", scenarioId).setParameter("mode", mode)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<StoredAction> actions(long runId) {
        return em.createNamedQuery("StoredAction.ofRun", StoredAction.class).setParameter("runId", runId).getResultList();
    }

    @Override
    public Optional<StoredAction> actionByToken(long runId, String token) {
        return em.createNamedQuery("StoredAction.byToken", StoredAction.class)
                .setParameter("runId", runId).setParameter("token", token).getResultStream().findFirst();
    }

    @Override
    public int lastSequence(long runId) {
        Integer last = em.createNamedQuery("StoredAction.last", Integer.class).setParameter("runId", runId).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public void append(StoredAction action) {
        em.persist(action);
        em.flush();
    }

    @Override
    public boolean finish(long runId, RunState.Outcome outcome, boolean passed, Instant at) {
        StoredRun run = em.find(StoredRun.class, runId);
        int changed = em.createQuery("update StoredRun r set r.finishedAt = :at, r.outcome = :outcome, r.passed = :passed"
                        + " where r.id = :id and r.finishedAt is null")
                .setParameter("at", at).setParameter("outcome", outcome).setParameter("passed", passed)
                .setParameter("id", runId).executeUpdate();
        em.clear();
        if (changed == 1) {
            recorded.fire(new PracticeRecorded(run.getLearnerId(), PracticeRecorded.What.FINISHED, at));
        }
        return changed == 1;
    }

    @Override
    public boolean reopen(long runId) {
        // the ending taken back, read first: the caller holds the learner's lock, so no other write comes between
        Object[] ending = em.createQuery("select r.learnerId, r.finishedAt from StoredRun r where r.id = :id"
                + " and r.passed = false", Object[].class).setParameter("id", runId).getResultStream().findFirst().orElse(null);
        int changed = em.createQuery("update StoredRun r set r.finishedAt = null, r.outcome = null, r.passed = null"
                        + " where r.id = :id and r.passed = false")
                .setParameter("id", runId).executeUpdate();
        em.clear();
        if (changed == 1 && ending[1] != null) {
            recorded.fire(new PracticeRecorded((Long) ending[0], PracticeRecorded.What.REOPENED, (Instant) ending[1]));
        }
        return changed == 1;
    }
}

package fr.pasapas.reporting.infrastructure.figures;

import fr.pasapas.learning.domain.LearningRecorded;
import fr.pasapas.people.application.LearnerLock;
import fr.pasapas.sandbox.domain.PracticeRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Keeps the learners' monthly summary ({@link LearnerMonthSql}) in step with their events: each progress or
 * practice row that learning and sandbox write is added to its learner's month, in the transaction that wrote the
 * row (a write that fails rolls the event back: the summary never misses nor doubles an event). Each write first
 * takes the learner's lock, which the writing use cases already hold (so it never waits there): one learner's
 * concurrent events are added one after the other, none fails and none is lost, and the row of a new month is
 * inserted once. Other learners are not held up.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LearnerMonths {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    @Inject
    private LearnerLock lock;

    void onLearning(@Observes LearningRecorded event) {
        switch (event.what()) {
            case STEP_OPENED, ANSWERED -> run(LearnerMonthSql.add(event.learnerId(), event.at(), 1, 0, 0));
            case MODULE_COMPLETED -> run(LearnerMonthSql.add(event.learnerId(), event.at(), 0, 1, 0));
            case TIME_SPENT -> run(LearnerMonthSql.addSeconds(event.learnerId(), event.moduleId(), event.stepId(),
                    event.seconds()));
        }
    }

    void onPractice(@Observes PracticeRecorded event) {
        switch (event.what()) {
            case STARTED -> run(LearnerMonthSql.add(event.learnerId(), event.at(), 1, 0, 0));
            case FINISHED -> run(LearnerMonthSql.add(event.learnerId(), event.at(), 0, 0, 1));
            case REOPENED -> run(LearnerMonthSql.add(event.learnerId(), event.at(), 0, 0, -1));
        }
    }

    private void run(LearnerMonthSql.Change change) {
        lock.lock(change.learnerId());
        if (execute(change.update()) == 0) {
            execute(change.insert());
        }
    }

    private int execute(FigureSql statement) {
        Query query = em.createNativeQuery(statement.sql());
        statement.parameters().forEach(query::setParameter);
        return query.executeUpdate();
    }
}

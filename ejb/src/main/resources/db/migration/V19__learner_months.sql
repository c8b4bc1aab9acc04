-- Issue 10, figures for funders for all organisations in < 1 s: a summary of the learners' events with one row per
-- learner and Paris month, so that the admin's figures read at most one row per learner and month instead of every
-- event of the range (5 million on the benchmark: 70 s; docs/benchmarks.md, "Figures for funders").
--
-- A row holds what FigureSql counts from the event tables for that learner and month:
--   activity  answers given + steps opened for the first time + practice runs started (the learner is active
--             that month when it is above 0);
--   seconds   the time spent on the steps first opened that month (step_progress.time_spent_seconds);
--   modules   modules completed; runs: practice runs finished.
-- Accounts created and certificates (issued, not revoked) are still read from their own tables: they are few, and a
-- revocation then needs no bookkeeping. Organisation, birth year and workshops are joined at read time, so changing
-- them changes the figures as the event-reading SQL would.
--
-- The application keeps the rows up to date in the transaction of each event, with single-statement upserts keyed by
-- (learner_id, paris_month) (reporting.infrastructure.figures.LearnerMonths). paris_month is year * 100 + month
-- of the event's instant in Europe/Paris; the backfill below finds it from the stored UTC instant with the EU
-- summer time rule: a month from April to October starts at 22:00 UTC the evening before, any other at 23:00 UTC.
-- (That is the Java zone rule for every year since 1996; a test compares both at every month's edge.)

CREATE TABLE learner_month (
    learner_id   BIGINT NOT NULL,
    paris_month  INT    NOT NULL,
    activity     INT    NOT NULL,
    seconds      BIGINT NOT NULL,
    modules      INT    NOT NULL,
    runs         INT    NOT NULL,
    CONSTRAINT pk_learner_month PRIMARY KEY (learner_id, paris_month)
);

INSERT INTO learner_month (learner_id, paris_month, activity, seconds, modules, runs)
SELECT learner_id,
       CASE WHEN EXTRACT(MONTH FROM t + INTERVAL '2' HOUR) BETWEEN 4 AND 10
            THEN EXTRACT(YEAR FROM t + INTERVAL '2' HOUR) * 100 + EXTRACT(MONTH FROM t + INTERVAL '2' HOUR)
            ELSE EXTRACT(YEAR FROM t + INTERVAL '1' HOUR) * 100 + EXTRACT(MONTH FROM t + INTERVAL '1' HOUR) END AS m,
       SUM(activity), SUM(seconds), SUM(modules), SUM(runs)
FROM (
    SELECT learner_id, answered_at AS t, 1 AS activity, 0 AS seconds, 0 AS modules, 0 AS runs FROM step_answer
    UNION ALL
    SELECT learner_id, first_seen_at, 1, time_spent_seconds, 0, 0 FROM step_progress
    UNION ALL
    SELECT learner_id, started_at, 1, 0, 0, 0 FROM sandbox_run
    UNION ALL
    SELECT learner_id, completed_at, 0, 0, 1, 0 FROM module_progress WHERE completed_at IS NOT NULL
    UNION ALL
    SELECT learner_id, finished_at, 0, 0, 0, 1 FROM sandbox_run WHERE finished_at IS NOT NULL
) e
GROUP BY learner_id,
       CASE WHEN EXTRACT(MONTH FROM t + INTERVAL '2' HOUR) BETWEEN 4 AND 10
            THEN EXTRACT(YEAR FROM t + INTERVAL '2' HOUR) * 100 + EXTRACT(MONTH FROM t + INTERVAL '2' HOUR)
            ELSE EXTRACT(YEAR FROM t + INTERVAL '1' HOUR) * 100 + EXTRACT(MONTH FROM t + INTERVAL '1' HOUR) END;

-- Progress rows are changed by single statements under the learner's write lock (ProgressRepository):
-- they no longer carry an optimistic version, which made two tabs or a double tap fail.
ALTER TABLE module_progress DROP COLUMN version;
ALTER TABLE step_progress DROP COLUMN version;

-- A learner has at most one open help request per step: a constraint, not a check in code. open_marker is
-- TRUE while the request is open and NULL once resolved (NULLs never collide in a unique constraint).
-- Duplicates that the old check-then-insert could leave are resolved first, keeping the latest.
ALTER TABLE help_request ADD COLUMN open_marker BOOLEAN NULL;
UPDATE help_request SET status = 'RESOLVED'
 WHERE status = 'OPEN'
   AND id NOT IN (SELECT id FROM (SELECT MAX(id) AS id FROM help_request WHERE status = 'OPEN'
                                  GROUP BY learner_id, module_id, step_id) latest);
UPDATE help_request SET open_marker = TRUE WHERE status = 'OPEN';
ALTER TABLE help_request ADD CONSTRAINT uk_help_request_open UNIQUE (learner_id, module_id, step_id, open_marker);

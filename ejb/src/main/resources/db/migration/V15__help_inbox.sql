-- Issue 10, the help inbox: each request is assigned to a trainer, and its status is OPEN (waiting for an
-- answer), ANSWERED or CLOSED. Closing keeps using resolved_at / resolved_by (the entity calls them closedAt /
-- closedBy): they have meant "closed, when and by whom" since V5.

-- The trainer who should answer: the one of the learner's workshop when the request was made (the workshop
-- that has the request's module assigned, else the most recent one); null when the learner is in no workshop.
ALTER TABLE help_request ADD COLUMN assigned_trainer_id BIGINT NULL;
ALTER TABLE help_request ADD CONSTRAINT fk_help_request_assigned_trainer
    FOREIGN KEY (assigned_trainer_id) REFERENCES account (id);

-- A request with an answer is ANSWERED, not OPEN (an open request has its open_marker; see V4).
UPDATE help_request SET status = 'ANSWERED', open_marker = NULL WHERE status = 'OPEN' AND answer IS NOT NULL;

-- Requests made before today are given the trainer the same rule chooses from today's workshops.
UPDATE help_request SET assigned_trainer_id = (
    SELECT g.trainer_id FROM workshop_group g JOIN group_member m ON m.group_id = g.id
     WHERE m.learner_id = help_request.learner_id
     ORDER BY CASE WHEN EXISTS (SELECT 1 FROM group_assignment a
                                 WHERE a.group_id = g.id AND a.module_id = help_request.module_id) THEN 0 ELSE 1 END,
              g.created_at DESC, g.id DESC
     LIMIT 1);

-- The inbox and the count on every staff page: an organisation's requests by status, then by assignee.
CREATE INDEX ix_help_request_inbox ON help_request (organisation_id, status, assigned_trainer_id, created_at);

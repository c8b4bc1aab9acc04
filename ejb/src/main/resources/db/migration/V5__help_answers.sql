-- "Je suis bloqué" becomes a conversation: the learner may add a short message, a trainer writes an answer
-- that the learner reads on their next page, and requests are OPEN, ANSWERED or CLOSED.
ALTER TABLE help_request ADD COLUMN message VARCHAR(300) NULL;
ALTER TABLE help_request ADD COLUMN answer VARCHAR(1000) NULL;
ALTER TABLE help_request ADD COLUMN answered_at TIMESTAMP(3) NULL;
ALTER TABLE help_request ADD COLUMN answered_by BIGINT NULL;
ALTER TABLE help_request ADD COLUMN answer_seen_at TIMESTAMP(3) NULL;
UPDATE help_request SET status = 'CLOSED' WHERE status = 'RESOLVED';
ALTER TABLE help_request ADD CONSTRAINT fk_help_request_answered_by FOREIGN KEY (answered_by) REFERENCES account (id);
ALTER TABLE help_request ADD CONSTRAINT fk_help_request_resolved_by FOREIGN KEY (resolved_by) REFERENCES account (id);
CREATE INDEX ix_help_request_unread ON help_request (learner_id, status, answer_seen_at);

-- The interface language a person chose (fr, en) stays with their account, on every device.
ALTER TABLE account ADD COLUMN language VARCHAR(5) NULL;

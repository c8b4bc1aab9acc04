-- Help requests ("Je suis bloqué"), time spent per step, and answers that are not a single choice
-- (typed text, an order, several choices, a zone of a picture).

ALTER TABLE step_progress ADD COLUMN time_spent_seconds INT DEFAULT 0 NOT NULL;

ALTER TABLE step_answer ADD COLUMN answer_text VARCHAR(500) NULL;

CREATE TABLE help_request (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id       BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    module_id        VARCHAR(80)  NOT NULL,
    step_id          VARCHAR(80)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    resolved_at      TIMESTAMP(3) NULL,
    resolved_by      BIGINT       NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT fk_help_request_learner FOREIGN KEY (learner_id) REFERENCES account (id),
    CONSTRAINT fk_help_request_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_help_request_open ON help_request (organisation_id, status);
CREATE INDEX ix_help_request_learner ON help_request (learner_id, module_id, step_id, status);

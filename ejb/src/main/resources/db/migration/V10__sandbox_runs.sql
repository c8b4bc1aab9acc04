-- The practice sandbox's runs (issue 9): a run of a scenario in a mode by a learner, and its actions, one row
-- per action in the order they were made. Action rows are only ever inserted: they are the trace trainers read
-- and the run's state is replayed from them. The run row changes only when the run ends (or an ending is undone).
-- Instants are DATETIME(3) holding UTC, as since V8 (on H2 DATETIME is TIMESTAMP WITHOUT TIME ZONE).

CREATE TABLE sandbox_run (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id  BIGINT      NOT NULL,
    scenario_id VARCHAR(80) NOT NULL,
    mode        VARCHAR(20) NOT NULL,
    seed        BIGINT      NOT NULL,
    started_at  DATETIME(3) NOT NULL,
    finished_at DATETIME(3) NULL,
    outcome     VARCHAR(20) NULL,
    passed      BOOLEAN     NULL,
    CONSTRAINT fk_sandbox_run_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);
CREATE INDEX ix_sandbox_run_learner ON sandbox_run (learner_id, scenario_id, mode, finished_at);

CREATE TABLE sandbox_action (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id       BIGINT       NOT NULL,
    sequence_no  INT          NOT NULL,
    client_token VARCHAR(64)  NOT NULL,
    action       VARCHAR(400) NOT NULL,
    acted_at     DATETIME(3)  NOT NULL,
    CONSTRAINT fk_sandbox_action_run FOREIGN KEY (run_id) REFERENCES sandbox_run (id),
    CONSTRAINT uk_sandbox_action_sequence UNIQUE (run_id, sequence_no),
    CONSTRAINT uk_sandbox_action_token UNIQUE (run_id, client_token)
);

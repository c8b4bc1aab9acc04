-- Pas-à-Pas initial schema. Portable SQL: the same file runs on H2 (embedded default) and MariaDB.
-- Instants are stored in UTC.

CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_organisation_name UNIQUE (name)
);

CREATE TABLE account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    username         VARCHAR(60)  NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    secret_hash      VARCHAR(255) NOT NULL,
    demo             BOOLEAN      NOT NULL,
    failed_logins    INT          NOT NULL,
    locked_until     TIMESTAMP(3) NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE module_progress (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id        BIGINT       NOT NULL,
    module_id         VARCHAR(80)  NOT NULL,
    content_version   INT          NOT NULL,
    current_step_id   VARCHAR(80)  NOT NULL,
    started_at        TIMESTAMP(3) NOT NULL,
    last_activity_at  TIMESTAMP(3) NOT NULL,
    completed_at      TIMESTAMP(3) NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT uk_module_progress UNIQUE (learner_id, module_id),
    CONSTRAINT fk_module_progress_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);

CREATE TABLE step_progress (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id          BIGINT       NOT NULL,
    module_id           VARCHAR(80)  NOT NULL,
    step_id             VARCHAR(80)  NOT NULL,
    content_version     INT          NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    attempts            INT          NOT NULL,
    first_seen_at       TIMESTAMP(3) NOT NULL,
    completed_at        TIMESTAMP(3) NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uk_step_progress UNIQUE (learner_id, module_id, step_id),
    CONSTRAINT fk_step_progress_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);

-- Every answer a learner gives, once: the submission token makes a double tap or a resent form
-- record a single answer.
CREATE TABLE step_answer (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id        BIGINT       NOT NULL,
    module_id         VARCHAR(80)  NOT NULL,
    step_id           VARCHAR(80)  NOT NULL,
    submission_token  VARCHAR(64)  NOT NULL,
    choice_id         VARCHAR(80)  NOT NULL,
    correct           BOOLEAN      NOT NULL,
    answered_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_step_answer_token UNIQUE (learner_id, submission_token),
    CONSTRAINT fk_step_answer_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);
CREATE INDEX ix_step_answer_step ON step_answer (learner_id, module_id, step_id);

-- A certificate states what was true when it was issued: names and titles are copied, not joined.
CREATE TABLE certificate (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(20)  NOT NULL,
    learner_id         BIGINT       NOT NULL,
    module_id          VARCHAR(80)  NOT NULL,
    content_version    INT          NOT NULL,
    learner_name       VARCHAR(120) NOT NULL,
    module_title       VARCHAR(200) NOT NULL,
    course_title       VARCHAR(200) NOT NULL,
    competences        VARCHAR(200) NOT NULL,
    estimated_minutes  INT          NOT NULL,
    organisation_name  VARCHAR(200) NOT NULL,
    issued_at          TIMESTAMP(3) NOT NULL,
    revoked_at         TIMESTAMP(3) NULL,
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_learner_module UNIQUE (learner_id, module_id),
    CONSTRAINT fk_certificate_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);

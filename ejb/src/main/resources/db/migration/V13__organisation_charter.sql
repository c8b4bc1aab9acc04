-- Issue 10: the organisation's charter (charte d'utilisation) and the learners' acceptances. An organisation
-- that has written none uses the platform's default text, which is version 1; each text a coordinator saves is
-- the next version, and learners are asked to accept the current version again. Instants are DATETIME(3) in UTC.

CREATE TABLE organisation_charter (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT         NOT NULL,
    version          INT            NOT NULL,
    text             VARCHAR(10000) NOT NULL,
    created_at       DATETIME(3)    NOT NULL,
    created_by       BIGINT         NULL,
    CONSTRAINT uq_organisation_charter_version UNIQUE (organisation_id, version),
    CONSTRAINT fk_organisation_charter_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_charter_author FOREIGN KEY (created_by) REFERENCES account (id)
);

-- One row per learner and version accepted: when, and of which organisation's charter.
CREATE TABLE charter_acceptance (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id       BIGINT      NOT NULL,
    organisation_id  BIGINT      NOT NULL,
    version          INT         NOT NULL,
    accepted_at      DATETIME(3) NOT NULL,
    CONSTRAINT uq_charter_acceptance UNIQUE (account_id, organisation_id, version),
    CONSTRAINT fk_charter_acceptance_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_charter_acceptance_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

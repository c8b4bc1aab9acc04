-- Issue 10: what a learner's enrolment form records beyond the name, an account that staff can deactivate,
-- and the audit log of staff actions. Instants are DATETIME(3) holding UTC, as since V8.

-- Optional personal details (only what the workshop needs: a birth year for the funders' age bands, a way to
-- reach the person) and the accessibility settings a learner starts with.
ALTER TABLE account ADD COLUMN birth_year INT NULL;
ALTER TABLE account ADD COLUMN phone VARCHAR(30) NULL;
ALTER TABLE account ADD COLUMN email VARCHAR(254) NULL;
ALTER TABLE account ADD COLUMN bigger_text BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN high_contrast BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN read_aloud BOOLEAN DEFAULT FALSE NOT NULL;
-- A deactivated account cannot log in; nothing of it is deleted, and it can be reactivated.
ALTER TABLE account ADD COLUMN deactivated_at DATETIME(3) NULL;

-- Staff actions, one row each, only ever inserted. The actor's and subject's names are copied, so the log
-- still reads right after a rename. Never a PIN or a password in it.
CREATE TABLE audit_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NULL,
    actor_id         BIGINT       NOT NULL,
    actor_name       VARCHAR(120) NOT NULL,
    action           VARCHAR(40)  NOT NULL,
    subject          VARCHAR(200) NOT NULL,
    detail           VARCHAR(500) NULL,
    happened_at      DATETIME(3)  NOT NULL,
    CONSTRAINT fk_audit_event_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_audit_event_actor FOREIGN KEY (actor_id) REFERENCES account (id)
);
CREATE INDEX ix_audit_event_organisation ON audit_event (organisation_id, happened_at);

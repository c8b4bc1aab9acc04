-- Instants become DATETIME(3) on MariaDB instead of TIMESTAMP(3): TIMESTAMP ends in 2038, and MariaDB may
-- give the first TIMESTAMP column of a table an implicit DEFAULT/ON UPDATE CURRENT_TIMESTAMP
-- (explicit_defaults_for_timestamp=OFF, the default before 10.10). MODIFY redefines each column whole,
-- which also drops any such implicit clause. New installs pass here too and end with DATETIME(3).
--
-- Values are kept exactly. The application writes an Instant as its UTC date and time (Hibernate binds it
-- with a UTC calendar) and reads it back the same way; a TIMESTAMP column took that text in the session
-- time zone and shows it back in the session time zone. MODIFY converts TIMESTAMP to DATETIME in the
-- session time zone too, so it yields the very text the application wrote and read, provided it runs in the
-- session time zone the application uses: Flyway runs on the application's own datasource, so the session
-- time zone is deliberately NOT changed here (forcing '+00:00' would shift every value by the server's
-- offset on a server whose time zone is not UTC). From now on DATETIME holds that UTC text whatever the
-- session time zone.
-- (Version 8 exists once per database: db/vendor/h2 has its counterpart.)

ALTER TABLE organisation
    MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE account
    MODIFY locked_until DATETIME(3) NULL,
    MODIFY created_at   DATETIME(3) NOT NULL;

ALTER TABLE module_progress
    MODIFY started_at       DATETIME(3) NOT NULL,
    MODIFY last_activity_at DATETIME(3) NOT NULL,
    MODIFY completed_at     DATETIME(3) NULL;

ALTER TABLE step_progress
    MODIFY first_seen_at DATETIME(3) NOT NULL,
    MODIFY completed_at  DATETIME(3) NULL;

ALTER TABLE step_answer
    MODIFY answered_at DATETIME(3) NOT NULL;

ALTER TABLE certificate
    MODIFY issued_at  DATETIME(3) NOT NULL,
    MODIFY revoked_at DATETIME(3) NULL;

ALTER TABLE help_request
    MODIFY created_at     DATETIME(3) NOT NULL,
    MODIFY resolved_at    DATETIME(3) NULL,
    MODIFY answered_at    DATETIME(3) NULL,
    MODIFY answer_seen_at DATETIME(3) NULL;

ALTER TABLE workshop_group
    MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE group_assignment
    MODIFY assigned_at DATETIME(3) NOT NULL;

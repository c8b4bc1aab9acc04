-- Issue 11, verification and revocation: why a certificate was revoked (a category the public page states, a
-- note its holder reads), who revoked it, and when its holder was told (once, at their next login).
ALTER TABLE certificate ADD COLUMN revocation_reason VARCHAR(20) NULL;
ALTER TABLE certificate ADD COLUMN revocation_note VARCHAR(500) NULL;
ALTER TABLE certificate ADD COLUMN revoked_by BIGINT NULL;
ALTER TABLE certificate ADD COLUMN revocation_seen_at DATETIME(3) NULL;
ALTER TABLE certificate ADD CONSTRAINT fk_certificate_revoked_by FOREIGN KEY (revoked_by) REFERENCES account (id);
-- Certificates revoked before this version had no reason: "other".
UPDATE certificate SET revocation_reason = 'OTHER' WHERE revoked_at IS NOT NULL;

-- A learner may show their full name on the public verification page; by default it shows the first name and
-- the initial of the last name.
ALTER TABLE account ADD COLUMN show_full_name BOOLEAN DEFAULT FALSE NOT NULL;

-- Issue 11, Open Badges 3.0: the platform's signing key for Open Badges credentials (VC-JWT, ES256).
-- One row per purpose, created here empty; the first node that needs the key generates it under this row's
-- lock and every other node (of a cluster too) then reads the same key. The private key is PKCS#8 in base64:
-- database backups hold it, so they are kept as safely as the database itself (docs/certificates.md).
CREATE TABLE badge_signing_key (
    purpose     VARCHAR(20)   NOT NULL,
    algorithm   VARCHAR(10)   NULL,
    key_id      VARCHAR(64)   NULL,
    public_key  VARCHAR(400)  NULL,
    private_key VARCHAR(400)  NULL,
    created_at  DATETIME(3)   NULL,
    CONSTRAINT pk_badge_signing_key PRIMARY KEY (purpose)
);

INSERT INTO badge_signing_key (purpose) VALUES ('open-badges');

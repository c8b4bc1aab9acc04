-- Issue 10: one person can hold several staff roles (a coordinator who also leads workshops). Every role an
-- account holds is a row here; account.role stays the account's main role (a learner logs in with a PIN, staff
-- with a password) and is always one of its rows.

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);
INSERT INTO account_role (account_id, role) SELECT id, role FROM account;

-- Issue 10: several trainers per workshop, and assignments generalised. Instants are DATETIME(3) holding UTC.

-- The trainers of a workshop, in order: the creator first. workshop_group.trainer_id stays as the creator
-- (it never changes); the trainers who lead the workshop are these rows.
CREATE TABLE workshop_trainer (
    group_id    BIGINT NOT NULL,
    trainer_id  BIGINT NOT NULL,
    position    INT    NOT NULL,
    CONSTRAINT pk_workshop_trainer PRIMARY KEY (group_id, trainer_id),
    CONSTRAINT fk_workshop_trainer_group FOREIGN KEY (group_id) REFERENCES workshop_group (id),
    CONSTRAINT fk_workshop_trainer_account FOREIGN KEY (trainer_id) REFERENCES account (id)
);
INSERT INTO workshop_trainer (group_id, trainer_id, position) SELECT id, trainer_id, 0 FROM workshop_group;

-- What a learner is asked to do: a course (all its modules), a module, or a practice scenario in a mode, with
-- an optional due date. The target is a workshop (all its members) or one account. `target` repeats it as
-- text ('workshop:12', 'account:34') because a unique key never compares NULLs: it keeps one row per
-- target and item. practice_mode is '' for a course or a module, for the same reason.
CREATE TABLE assignment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    group_id         BIGINT       NULL,
    account_id       BIGINT       NULL,
    target           VARCHAR(40)  NOT NULL,
    item_kind        VARCHAR(10)  NOT NULL,
    item_id          VARCHAR(80)  NOT NULL,
    practice_mode    VARCHAR(10)  NOT NULL,
    due_date         DATE         NULL,
    assigned_at      DATETIME(3)  NOT NULL,
    CONSTRAINT uk_assignment UNIQUE (target, item_kind, item_id, practice_mode),
    CONSTRAINT ck_assignment_target CHECK ((group_id IS NULL AND account_id IS NOT NULL)
                                           OR (group_id IS NOT NULL AND account_id IS NULL)),
    CONSTRAINT fk_assignment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_assignment_group FOREIGN KEY (group_id) REFERENCES workshop_group (id),
    CONSTRAINT fk_assignment_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_assignment_group ON assignment (group_id);
CREATE INDEX ix_assignment_account ON assignment (account_id);

-- The modules assigned to workshops so far, kept as they were.
INSERT INTO assignment (organisation_id, group_id, account_id, target, item_kind, item_id, practice_mode, due_date,
                        assigned_at)
SELECT g.organisation_id, a.group_id, NULL, CONCAT('workshop:', a.group_id), 'MODULE', a.module_id, '', a.due_date,
       a.assigned_at
FROM group_assignment a JOIN workshop_group g ON g.id = a.group_id;

DROP TABLE group_assignment;

-- Workshops ("groupes"): a trainer, 6 to 8 learners, and the modules assigned to them with an optional
-- due date. Learners see assigned modules first on "Mes modules".

CREATE TABLE workshop_group (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    trainer_id       BIGINT       NOT NULL,
    name             VARCHAR(120) NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_workshop_group_name UNIQUE (organisation_id, name),
    CONSTRAINT fk_workshop_group_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_workshop_group_trainer FOREIGN KEY (trainer_id) REFERENCES account (id)
);

CREATE TABLE group_member (
    group_id    BIGINT NOT NULL,
    learner_id  BIGINT NOT NULL,
    CONSTRAINT pk_group_member PRIMARY KEY (group_id, learner_id),
    CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES workshop_group (id),
    CONSTRAINT fk_group_member_learner FOREIGN KEY (learner_id) REFERENCES account (id)
);

CREATE TABLE group_assignment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id     BIGINT       NOT NULL,
    module_id    VARCHAR(80)  NOT NULL,
    due_date     DATE         NULL,
    assigned_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_group_assignment UNIQUE (group_id, module_id),
    CONSTRAINT fk_group_assignment_group FOREIGN KEY (group_id) REFERENCES workshop_group (id)
);

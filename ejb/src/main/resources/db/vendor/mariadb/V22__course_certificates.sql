-- Course certificates (issue 11): one per learner and course, issued when the course's certificate rule is met,
-- beside the module certificates, which stay. A course certificate has kind COURSE, its course_id and no module.
-- The unique key (learner_id, course_id) holds one course certificate per learner and course; module certificates
-- keep course_id NULL, which the key does not compare, and their own key (learner_id, module_id).
-- (Version 22 exists once per database, as version 8 does: H2 and MariaDB spell "make a column nullable" differently.)
ALTER TABLE certificate ADD COLUMN kind VARCHAR(6) DEFAULT 'MODULE' NOT NULL;
ALTER TABLE certificate ADD COLUMN course_id VARCHAR(80) NULL;
ALTER TABLE certificate MODIFY module_id VARCHAR(80) NULL;
ALTER TABLE certificate MODIFY module_title VARCHAR(200) NULL;
-- Copied at issue time: the learner's workshop trainer, the modules and practices done (one per line), and the
-- DigComp proficiency level of each competence (comma-separated, in the order of competences).
ALTER TABLE certificate ADD COLUMN trainer_name VARCHAR(120) NULL;
ALTER TABLE certificate ADD COLUMN module_titles VARCHAR(4000) NULL;
ALTER TABLE certificate ADD COLUMN practices VARCHAR(4000) NULL;
ALTER TABLE certificate ADD COLUMN competence_levels VARCHAR(100) NULL;
-- Instants are DATETIME(3) holding UTC, as since V8. A reissue (the learner's name corrected) keeps the code, updates learner_name and sets reissued_at.
ALTER TABLE certificate ADD COLUMN reissued_at DATETIME(3) NULL;
ALTER TABLE certificate ADD CONSTRAINT uk_certificate_learner_course UNIQUE (learner_id, course_id);
CREATE INDEX ix_certificate_course ON certificate (course_id, learner_id);

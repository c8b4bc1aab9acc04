-- A certificate states what was true on the day of issue: the names of its competences are copied too.
-- Certificates issued before this version keep NULL and print the names the platform knows today.
ALTER TABLE certificate ADD COLUMN competence_names VARCHAR(2000);

-- step_answer.choice_id held the answer until V2 added answer_text (the whole answer); since then it kept a
-- copy cut to 80 characters, read only for answers older than V2. Those answers get their text from it, then
-- the column goes. Plain SQL that H2 and MariaDB both run.
UPDATE step_answer SET answer_text = choice_id WHERE answer_text IS NULL;
ALTER TABLE step_answer DROP COLUMN choice_id;

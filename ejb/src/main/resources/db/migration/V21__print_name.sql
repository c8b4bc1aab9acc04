-- Issue 11: names in every script on certificates and login cards. A name that no font of the server can print
-- (a script without an installed font) needs a spelling in Latin letters for printing, given at enrolment;
-- certificates and cards print it instead of the name. Null when the name itself prints.

ALTER TABLE account ADD COLUMN print_name VARCHAR(120);

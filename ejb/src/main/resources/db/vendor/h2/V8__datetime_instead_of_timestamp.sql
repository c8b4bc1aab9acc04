-- Counterpart of db/vendor/mariadb/V8 (DATETIME(3) instead of TIMESTAMP(3) on MariaDB): nothing to change
-- on H2. Its TIMESTAMP(3) is already TIMESTAMP WITHOUT TIME ZONE, a date and time with no zone and no
-- 2038 limit (DATETIME is its alias there), holding the UTC text the application writes.
SELECT 1;

-- The trainer's report pages through an organisation's learners by name (GroupService.learners): the index
-- serves the filter and the order, so a page reads only the rows it shows.
CREATE INDEX ix_account_organisation_role_name ON account (organisation_id, role, display_name);

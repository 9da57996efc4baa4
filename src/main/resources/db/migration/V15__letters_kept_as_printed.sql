-- Each letter's PDF as printed when it was sent (issue 17: letters stay exactly as sent), so a
-- later change of letterhead, logo, font or layout never changes a letter already sent. Letters
-- from before are printed when asked for, as they were. bytea is PostgreSQL's type and an alias
-- H2 knows, so this runs unchanged on both.
alter table practitioner_update add column pdf bytea;

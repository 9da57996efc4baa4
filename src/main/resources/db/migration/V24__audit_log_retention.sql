-- How long the audit log keeps its entries: lotus.retention.audit-log-years, written here by the
-- application at start-up (governance/AuditLogRetention). The database's own append-only triggers
-- read it (PostgreSQL: migration 24.1, audit/AppendOnlyAuditLogPastRetention; H2:
-- audit/AuditEventUnchangeable) and allow a DELETE only of an entry older than that many years.
-- years null, the default: kept for ever, and no entry may be deleted. Never an UPDATE.
-- Written to run unchanged on H2 and PostgreSQL.
create table audit_retention (
    id int not null primary key check (id = 1),
    years int check (years >= 1)
);
insert into audit_retention (id, years) values (1, null);

-- A meeting's minutes (org.lotuspathway.meetings.Minutes): printed from the meeting's own records
-- (who was present for each case, the declarations, each case's panel decision and reasons), and
-- approved by its chair. On approval each case keeps its own part as a document ("Panel minutes").
-- Written to run unchanged on H2 and PostgreSQL.

create table meeting_minutes (
    meeting_id bigint not null primary key references meeting (id),
    -- the members who sent their apologies (usernames, comma separated)
    apologies varchar(2000),
    approved_by varchar(100) not null,
    approved_at timestamp(6) with time zone not null
);

-- A speak-up report's erasure was marked by writing 'erased' over who screened it; it has a column of
-- its own now, and who screened stays. Reports erased before keep no record of who screened them, and
-- the time of their erasure is taken as their screening's (the nearest the database knows).
alter table speak_up_report add column erased_at timestamp(6) with time zone;
update speak_up_report set erased_at = screened_at, screened_by = null where screened_by = 'erased';

-- Issue 16: how to reach the practitioner, on their record, changed with history (practitioner_status_change,
-- part CONTACT). Each value fits the history's 200 characters.
alter table practitioner_record add column contact_phone varchar(30);
alter table practitioner_record add column contact_other_phone varchar(30);
alter table practitioner_record add column contact_email varchar(200);
alter table practitioner_record add column contact_preferred_way varchar(20);
alter table practitioner_record add column contact_best_times varchar(200);
alter table practitioner_record add column contact_others varchar(200);

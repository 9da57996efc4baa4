-- A practitioner's name in parts, and how they like to be addressed in letters (issue 17). Rows
-- from before keep only their name: the application splits it when it reads them (a leading title,
-- the last word as the family name) and asks the case manager to confirm it, so nothing here
-- guesses. Written to run unchanged on H2 and PostgreSQL.
alter table practitioner add column title varchar(20);
alter table practitioner add column given_names varchar(100);
alter table practitioner add column family_name varchar(100);
alter table practitioner add column form_of_address varchar(30);
alter table practitioner add column name_confirmed boolean default false not null;

-- Each letter's title as the practitioner saw it ("Update after the panel on 4 December 2026"),
-- kept with the letter; letters from before show a title made from their kind and date.
alter table practitioner_update add column title varchar(200);

-- Retention and erasure (governance/): when a closed case's personal data was erased, and legal
-- holds that stop it. The concern row stays, as the anonymised skeleton the statistics read.
alter table concern add column erased_at timestamp(6) with time zone;
create index ix_concern_erasable on concern (erased_at, closed_on);

create table legal_hold (
    business_key varchar(20) not null primary key,
    held_by varchar(100) not null,
    held_at timestamp(6) with time zone not null,
    reason varchar(2000) not null
);

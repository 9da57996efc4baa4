-- Letters are printed after their sending is committed, not inside it (DESIGN.md: a side effect
-- that fails is tried again instead of undoing the user's work; issue 24: the user no longer waits
-- for the print). Each letter to print waits here from the sending's transaction until its PDF is
-- kept in practitioner_update.pdf; a failed print is tried again, waiting longer each time. Until
-- then the letter is printed whenever it is downloaded, as letters from before V15 are.
create table letter_print (
    update_id bigint primary key references practitioner_update (id),
    queued_at timestamp(6) with time zone not null,
    attempts integer not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error varchar(500)
);
-- what the printer looks for every minute
create index ix_letter_print_due on letter_print (next_attempt_at);

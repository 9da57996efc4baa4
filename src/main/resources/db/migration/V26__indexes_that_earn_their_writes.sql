-- Every step of the pathway updates its case's row, and each index on it is written again with it.
-- These two only repeat the start of another: ix_concern_stage_raised (stage, raised_at, id) answers
-- what ix_concern_stage did, and ix_concern_raised (raised_at, id) what ix_concern_raised_at did.
drop index ix_concern_stage;
drop index ix_concern_raised_at;

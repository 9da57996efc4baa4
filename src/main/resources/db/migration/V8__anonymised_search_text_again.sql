-- The anonymiser now also finds names and numbers typed a little differently (full-width letters,
-- zero-width spaces, other dashes, "GMC7000001", "7.000.001", plurals of the surname). Search text
-- written by the old one could still hold them, so it is written again as the app starts
-- (learning/AnonymisedSearchText fills in every review that has none).
update lessons_review set anonymised_text = null;

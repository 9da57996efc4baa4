-- The anonymiser now also takes out anyone named after a title ("Dr Patel", "Mrs J. Smith", "Nurse
-- Okafor"). Search text written before could still hold those names, so it is written again as the
-- app starts (learning/AnonymisedSearchText fills in every review that has none).
update lessons_review set anonymised_text = null;

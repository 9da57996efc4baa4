-- What an anonymised reader of the lessons library searches: a review's free text and its actions'
-- descriptions with the practitioner, their registration number and case references taken out, as
-- they read it. Written as each review is recorded; rows already recorded are filled in as the app
-- starts (learning/AnonymisedSearchText), and until then an anonymised search does not find them.
alter table lessons_review add column anonymised_text varchar(100000);

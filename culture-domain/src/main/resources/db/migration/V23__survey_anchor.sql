-- The end of a programme's set-up: every survey cycle is due a whole number of cadences after it
-- (issue 20: due dates counted from the anchor do not drift at month ends).
alter table program add column survey_anchor timestamp with time zone;

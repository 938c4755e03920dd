-- Legal hold on an exit case: while it holds, nothing of the case is purged (its process history
-- loses its removal time); who placed it, when and why.
alter table exit_case add column legal_hold boolean default false not null;
alter table exit_case add column legal_hold_reason varchar(2000);
alter table exit_case add column legal_hold_by varchar(100);
alter table exit_case add column legal_hold_at timestamp with time zone;

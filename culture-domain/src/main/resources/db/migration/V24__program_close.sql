-- A programme can be closed (issue 20): by its horizon (closed_by 'system') or by an executive with a reason.
alter table program add column closed_at timestamp with time zone;
alter table program add column closed_by varchar(255);
alter table program add column close_reason varchar(2000);

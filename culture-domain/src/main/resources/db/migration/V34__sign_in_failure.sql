-- Failed sign-ins in a row per account and per client address where every node of a cluster sees them:
-- the sign-in brakes hold across the cluster, not per node (a subject longer than 200 characters is
-- stored by its hash).
create table sign_in_failure (
    subject varchar(200) not null,
    failures integer not null,
    last_failed_at timestamp with time zone not null,
    constraint sign_in_failure_pk primary key (subject)
);
create index sign_in_failure_last on sign_in_failure (last_failed_at);

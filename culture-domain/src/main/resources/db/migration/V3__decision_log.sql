-- The decision log: append-only, one row per decision, written in the transaction of the decision
-- it records. Each entry carries the SHA-256 of its predecessor (a hash chain), so a changed,
-- removed or reordered row breaks the chain. The application never updates or deletes a row.
create table decision_log (
    seq                 bigint                   not null primary key,
    recorded_at         timestamp with time zone not null,
    actor               varchar(100)             not null,
    actor_roles         varchar(200)             not null,
    decision            varchar(60)              not null,
    subject_type        varchar(40),
    subject_id          varchar(100),
    outcome             varchar(60)              not null,
    reason              varchar(2000),
    evidence_hashes     varchar(2000),
    process_instance_id varchar(64),
    task_id             varchar(64),
    previous_hash       char(64)                 not null,
    entry_hash          char(64)                 not null unique
);

create index decision_log_subject on decision_log (subject_type, subject_id);
create index decision_log_task on decision_log (task_id);

-- The end of the chain. Appending locks this row, so concurrent decisions line up one after another.
create table decision_log_head (
    id        integer  not null primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash char(64) not null
);

insert into decision_log_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

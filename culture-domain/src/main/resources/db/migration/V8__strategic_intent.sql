-- A programme's strategic intent: a statement and 1-5 measurable deliverables with the teams that
-- carry them; drafted by a sales leader, approved or rejected (with a reason) by an executive.
create sequence strategic_intent_seq start with 50 increment by 50;
create sequence intent_deliverable_seq start with 50 increment by 50;

create table strategic_intent (
    id               bigint                   not null primary key,
    program_id       bigint                   not null unique references program (id),
    statement        varchar(2000),
    status           varchar(20)              not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    drafted_by       varchar(100),
    submitted_at     timestamp with time zone,
    decided_by       varchar(100),
    decided_at       timestamp with time zone,
    rejection_reason varchar(2000),
    version          bigint                   not null
);

create table intent_deliverable (
    id             bigint         not null primary key,
    intent_id      bigint         not null references strategic_intent (id),
    position       integer        not null,
    kind           varchar(30)    not null,
    metric         varchar(300)   not null,
    baseline       numeric(19, 4) not null,
    target         numeric(19, 4) not null,
    unit           varchar(30)    not null,
    due_date       date           not null,
    customer_group varchar(200)   not null
);
create index intent_deliverable_intent on intent_deliverable (intent_id);

create table deliverable_team (
    deliverable_id bigint not null references intent_deliverable (id),
    team_id        bigint not null references sales_team (id),
    primary key (deliverable_id, team_id)
);

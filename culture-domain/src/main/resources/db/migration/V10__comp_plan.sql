-- The compensation plan that pays for living the values: versioned; each version drafted by a
-- sales leader, reviewed by HR and Finance in parallel, approved by an executive. An approved
-- version never changes; a change is a new version, and the newest approved one is in force.
create sequence comp_plan_seq start with 50 increment by 50;

create table comp_plan (
    id               bigint                   not null primary key,
    program_id       bigint                   not null references program (id),
    plan_version     integer                  not null,
    description      varchar(2000),
    variable_share   numeric(5, 2),
    values_share     numeric(5, 2),
    effective_date   date,
    status           varchar(20)              not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    drafted_by       varchar(100),
    submitted_at     timestamp with time zone,
    decided_by       varchar(100),
    decided_at       timestamp with time zone,
    rejection_reason varchar(2000),
    hr_review        varchar(10),
    hr_reviewer      varchar(100),
    hr_reason        varchar(2000),
    finance_review   varchar(10),
    finance_reviewer varchar(100),
    finance_reason   varchar(2000),
    version          bigint                   not null,
    constraint comp_plan_version_unique unique (program_id, plan_version)
);

create table plan_value_weight (
    plan_id    bigint        not null references comp_plan (id),
    value_name varchar(60)   not null,
    weight     numeric(5, 2) not null,
    primary key (plan_id, value_name)
);

-- Performance reviews (one per salesperson per published cycle), recovery plans, and exit cases.
create sequence performance_review_seq start with 50 increment by 50;

create table performance_review (
    id                  bigint                   not null primary key,
    program_id          bigint                   not null references program (id),
    cycle_id            bigint                   not null references survey_cycle (id),
    salesperson_id      bigint                   not null references salesperson (id),
    status              varchar(30)              not null,
    -- what the DMN decision was given and what it recommended (the engine's history has the same)
    lowest_consistency  numeric(4, 2),
    trend               numeric(4, 2)            not null,
    sample_sufficient   boolean                  not null,
    recovery_plan_input varchar(20)              not null,
    recommendation      varchar(20),
    rationale           varchar(500),
    outcome             varchar(20),
    override_reason     varchar(2000),
    confirmed_by        varchar(100),
    confirmed_at        timestamp with time zone,
    acknowledged_by     varchar(100),
    acknowledged_at     timestamp with time zone,
    created_at          timestamp with time zone not null,
    process_instance_id varchar(64),
    version             bigint                   not null,
    constraint performance_review_once unique (cycle_id, salesperson_id)
);
create index performance_review_salesperson on performance_review (salesperson_id);

create sequence recovery_plan_seq start with 50 increment by 50;

create table recovery_plan (
    id                  bigint                   not null primary key,
    review_id           bigint                   not null unique references performance_review (id),
    salesperson_id      bigint                   not null references salesperson (id),
    status              varchar(20)              not null check (status in ('DRAFT', 'OPEN', 'SUCCEEDED', 'FAILED')),
    drafted_by          varchar(100)             not null,
    drafted_at          timestamp with time zone not null,
    acknowledged_at     timestamp with time zone,
    followed_up_cycle_id bigint references survey_cycle (id),
    closed_at           timestamp with time zone,
    version             bigint                   not null
);
create index recovery_plan_salesperson on recovery_plan (salesperson_id);

create table recovery_action (
    plan_id     bigint        not null references recovery_plan (id),
    position    integer       not null,
    description varchar(500)  not null,
    owner       varchar(100)  not null,
    due_date    date          not null,
    primary key (plan_id, position)
);

-- Success criteria: each value of the charter the plan targets, with the consistency to reach.
create table recovery_criterion (
    plan_id         bigint       not null references recovery_plan (id),
    value_id        bigint       not null,
    value_name      varchar(200) not null,
    min_consistency numeric(3, 2) not null,
    primary key (plan_id, value_id)
);

create sequence exit_case_seq start with 50 increment by 50;

create table exit_case (
    id                  bigint                   not null primary key,
    salesperson_id      bigint                   not null references salesperson (id),
    reason              varchar(20)              not null check (reason in ('INCAPABLE', 'UNWILLING')),
    statement           varchar(4000)            not null,
    stage               varchar(30)              not null,
    proposer            varchar(100)             not null,
    proposed_at         timestamp with time zone not null,
    stage_since         timestamp with time zone not null,
    hr_reviewer         varchar(100),
    approver            varchar(100),
    recovery_plan_id    bigint references recovery_plan (id),
    -- the score history and reviews as they stood when the exit was proposed (JSON)
    evidence            text                     not null,
    end_reason          varchar(2000),
    ended_at            timestamp with time zone,
    process_instance_id varchar(64),
    version             bigint                   not null
);
create index exit_case_stage on exit_case (stage);

create sequence exit_document_seq start with 50 increment by 50;

create table exit_document (
    id           bigint                   not null primary key,
    case_id      bigint                   not null references exit_case (id),
    name         varchar(255)             not null,
    content_type varchar(100)             not null,
    content      bytea                    not null,
    sha256       varchar(64)              not null,
    uploaded_by  varchar(100)             not null,
    uploaded_at  timestamp with time zone not null
);
create index exit_document_case on exit_document (case_id);

create sequence exit_checklist_item_seq start with 50 increment by 50;

-- The offboarding checklist: one row per item; a hand-over per customer contact, to a named salesperson.
create table exit_checklist_item (
    id           bigint                   not null primary key,
    case_id      bigint                   not null references exit_case (id),
    kind         varchar(30)              not null,
    customer_id  bigint references customer_contact (id),
    new_owner_id bigint references salesperson (id),
    note         varchar(1000),
    done_by      varchar(100),
    done_at      timestamp with time zone,
    version      bigint                   not null
);
create index exit_checklist_item_case on exit_checklist_item (case_id);

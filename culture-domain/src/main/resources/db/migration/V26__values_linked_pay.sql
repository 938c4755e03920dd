-- Values-linked pay (issue 19): the plan names its pay period and the consistency a value must reach;
-- a salesperson carries their yearly target variable pay and the days they joined and left; each pay
-- period of a programme is one run, drafting one statement per salesperson. Approved statements never
-- change: a correction is a new statement that names the one it corrects.
alter table comp_plan add column pay_period varchar(10) default 'QUARTER' not null;
alter table comp_plan add column values_threshold numeric(3, 2) default 0.80 not null;
alter table comp_plan add constraint comp_plan_pay_period check (pay_period in ('QUARTER', 'YEAR'));
alter table comp_plan add constraint comp_plan_values_threshold check (values_threshold > 0 and values_threshold <= 1);

alter table salesperson add column target_variable_pay numeric(12, 2);
alter table salesperson add column joined_on date;
alter table salesperson add column exited_on date;
alter table salesperson add constraint salesperson_target_pay check (target_variable_pay is null or target_variable_pay >= 0);

create sequence pay_run_seq start with 50 increment by 50;
create sequence pay_statement_seq start with 50 increment by 50;

create table pay_run (
    id                  bigint                   not null primary key,
    program_id          bigint                   not null references program (id),
    plan_id             bigint                   not null references comp_plan (id),
    period_number       integer                  not null,
    period_start        date                     not null,
    period_end          date                     not null,
    status              varchar(20)              not null check (status in ('DRAFTED', 'APPROVED')),
    drafted_at          timestamp with time zone not null,
    drafts              integer                  not null,
    approved_by         varchar(255),
    approved_at         timestamp with time zone,
    process_instance_id varchar(64),
    version             bigint                   not null,
    constraint pay_run_once unique (program_id, period_start),
    constraint pay_run_period check (period_end > period_start)
);

create table pay_statement (
    id                  bigint                   not null primary key,
    run_id              bigint                   not null references pay_run (id),
    salesperson_id      bigint                   not null references salesperson (id),
    salesperson_name    varchar(200)             not null,
    status              varchar(20)              not null check (status in ('DRAFT', 'APPROVED')),
    values_share        numeric(5, 2)            not null,
    threshold           numeric(3, 2)            not null,
    attainment          numeric(5, 4)            not null,
    judged              boolean                  not null,
    active_days         integer                  not null,
    period_days         integer                  not null,
    share_of_target     numeric(7, 4)            not null,
    target_variable_pay numeric(12, 2),
    amount              numeric(12, 2),
    corrects_id         bigint references pay_statement (id),
    correction_reason   varchar(2000),
    created_by          varchar(255)             not null,
    created_at          timestamp with time zone not null,
    approved_by         varchar(255),
    approved_at         timestamp with time zone,
    version             bigint                   not null,
    constraint pay_statement_correction check ((corrects_id is null) = (correction_reason is null))
);
create index pay_statement_run on pay_statement (run_id, salesperson_id);
create index pay_statement_salesperson on pay_statement (salesperson_id);
-- one statement per salesperson and run drafted by the run; corrections name what they correct
create unique index pay_statement_corrected_once on pay_statement (corrects_id);

create table pay_statement_line (
    statement_id bigint         not null references pay_statement (id),
    position     integer        not null,
    value_id     bigint         not null,
    value_name   varchar(200)   not null,
    weight       numeric(5, 2)  not null,
    cycles       varchar(200)   not null,
    ratings      integer        not null,
    favourable   integer        not null,
    attainment   numeric(5, 4)  not null,
    judgement    varchar(20)    not null check (judgement in ('MET', 'BELOW', 'NOT_JUDGED', 'IN_RECOVERY')),
    primary key (statement_id, position)
);

-- A programme's top 3 values, each a statement and 2-5 observable behaviours, approved by an
-- executive; then every active salesperson acknowledges the charter (who, which version, when).
create sequence values_charter_seq start with 50 increment by 50;
create sequence culture_value_seq start with 50 increment by 50;
create sequence values_acknowledgement_seq start with 50 increment by 50;

create table values_charter (
    id               bigint                   not null primary key,
    program_id       bigint                   not null unique references program (id),
    charter_version  integer                  not null,
    status           varchar(20)              not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    drafted_by       varchar(100),
    submitted_at     timestamp with time zone,
    decided_by       varchar(100),
    decided_at       timestamp with time zone,
    rejection_reason varchar(2000),
    version          bigint                   not null
);

create table culture_value (
    id         bigint       not null primary key,
    charter_id bigint       not null references values_charter (id),
    position   integer      not null,
    name       varchar(60)  not null,
    statement  varchar(280) not null
);

create table value_behaviour (
    value_id  bigint       not null references culture_value (id),
    position  integer      not null,
    behaviour varchar(200) not null,
    primary key (value_id, position)
);

create table values_acknowledgement (
    id              bigint                   not null primary key,
    charter_id      bigint                   not null references values_charter (id),
    charter_version integer                  not null,
    salesperson_id  bigint                   not null references salesperson (id),
    acknowledged_by varchar(100)             not null,
    acknowledged_at timestamp with time zone not null,
    constraint values_acknowledgement_once unique (charter_id, charter_version, salesperson_id)
);

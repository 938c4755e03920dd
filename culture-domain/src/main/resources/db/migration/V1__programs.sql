-- Culture programmes: the aggregate the line of sight hangs from.
create sequence program_seq start with 50 increment by 50;

create table program (
    id                  bigint                   not null primary key,
    name                varchar(200)             not null,
    horizon_months      integer                  not null check (horizon_months between 1 and 120),
    phase               varchar(30)              not null,
    started_by          varchar(100)             not null,
    started_at          timestamp with time zone not null,
    process_instance_id varchar(64),
    version             bigint                   not null
);

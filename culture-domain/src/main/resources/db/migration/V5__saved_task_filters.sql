-- Inbox filters a person saved under a name; the menu shows each with its live count.
create sequence saved_filter_seq start with 50 increment by 50;

create table saved_filter (
    id              bigint                   not null primary key,
    owner           varchar(100)             not null,
    name            varchar(60)              not null,
    scope           varchar(10)              not null,
    process_key     varchar(255),
    program_id      bigint,
    due             varchar(10),
    candidate_group varchar(100),
    text            varchar(200),
    created_at      timestamp with time zone not null,
    constraint saved_filter_name_unique unique (owner, name)
);

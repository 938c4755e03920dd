-- The sales force: teams with a leader, and salespeople (the people whose customers rate them).
-- Ids below 1000 are kept for the demo data; the sequences start above them.
create sequence sales_team_seq start with 1000 increment by 50;
create sequence salesperson_seq start with 1000 increment by 50;

create table sales_team (
    id      bigint       not null primary key,
    name    varchar(100) not null,
    name_key varchar(100) not null unique, -- lower-case name: names are unique regardless of case
    leader  varchar(100) not null references app_user (username),
    version bigint       not null
);

create table salesperson (
    id        bigint       not null primary key,
    name      varchar(200) not null,
    email     varchar(320) not null,
    email_key varchar(320) not null unique, -- lower-case email: one salesperson per address
    team_id   bigint       not null references sales_team (id),
    manager   varchar(100) references app_user (username),
    status    varchar(20)  not null check (status in ('ACTIVE', 'IN_RECOVERY', 'EXITED')),
    username  varchar(100) references app_user (username),
    version   bigint       not null
);
create index salesperson_team on salesperson (team_id);

-- Customer contacts: the people who rate a salesperson. One contact per email address, served by
-- one salesperson; an inactive contact is kept (history) but no longer invited.
create sequence customer_contact_seq start with 1000 increment by 50;

create table customer_contact (
    id             bigint       not null primary key,
    organisation   varchar(200) not null,
    name           varchar(200) not null,
    email          varchar(320) not null,
    email_key      varchar(320) not null unique, -- lower-case email: one contact per address
    language       varchar(2)   not null check (language in ('EN', 'DE')),
    salesperson_id bigint       not null references salesperson (id),
    active         boolean      not null,
    version        bigint       not null
);
create index customer_contact_salesperson on customer_contact (salesperson_id);

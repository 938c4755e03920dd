-- Accounts a company administers (issue 13): enabled or not, a password set only through a
-- single-use link (none until then), sessions and credentials checked before sessions_valid_from
-- no longer count, and whether the password is still the published demo password.
alter table app_user add column enabled boolean default true not null;
alter table app_user add column demo_password boolean default false not null;
alter table app_user add column sessions_valid_from timestamp with time zone;
alter table app_user add column roles_changed_at timestamp with time zone;
alter table app_user add column version bigint default 0 not null;
alter table app_user alter column password_hash drop not null;

-- Links that set a password: only the token's SHA-256 is stored.
create table password_link (
    token_hash  varchar(64)  not null primary key,
    username    varchar(100) not null references app_user (username),
    purpose     varchar(20)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    version     bigint       default 0 not null
);
create index password_link_username on password_link (username);

-- A mail that holds a set-password link has its body erased once the mail server took it.
alter table mail_outbox add column secret boolean default false not null;

-- Demo accounts seeded before this version still have the published password (their seeded hash):
-- marked here too, so that switching demo data off disables them even if the demo seed never runs again.
update app_user set demo_password = true
    where username in ('lena', 'leo', 'eric', 'ella', 'hana', 'hugo', 'finn', 'aude', 'adam', 'sara', 'sven')
    and password_hash like 'PBKDF2WithHmacSHA256:10000:%';

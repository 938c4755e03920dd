-- Sign-in identities for form login and HTTP Basic. Passwords are stored only as
-- PBKDF2 hashes ("PBKDF2WithHmacSHA256:iterations:salt:hash", Base64).
create table app_user (
    username      varchar(100) not null primary key,
    display_name  varchar(200) not null,
    email         varchar(320) not null unique,
    password_hash varchar(255) not null
);

-- A user's groups are their roles (DESIGN §2).
create table app_user_group (
    username   varchar(100) not null references app_user (username),
    group_name varchar(50)  not null check (group_name in
        ('executive', 'sales-leader', 'hr', 'finance', 'auditor', 'salesperson', 'admin')),
    primary key (username, group_name)
);

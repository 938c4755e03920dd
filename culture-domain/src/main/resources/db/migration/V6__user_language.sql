-- The language a person reads their mails in (en or de); pages follow the browser instead.
alter table app_user add column language varchar(2) default 'en' not null;
